try:
    int("nope")
except ValueError:
    print("logging and re-raising")
    raise
