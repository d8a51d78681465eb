print("simulating ctrl-c")
raise KeyboardInterrupt
