class Bad:
    def __del__(self):
        raise ValueError("in __del__")
b = Bad()
del b
print("continues after ignored exception")
raise RuntimeError("the real failure")
