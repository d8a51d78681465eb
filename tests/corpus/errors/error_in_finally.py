try:
    print("body")
finally:
    {}["from finally"]
