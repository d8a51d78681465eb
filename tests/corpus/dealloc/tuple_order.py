# A tuple frees its items from the last to the first too.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

t = (Noisy("t0"), Noisy("t1"), Noisy("t2"))
print("drop tuple")
t = None
print("---")
nested = (Noisy("outer0"), (Noisy("inner0"), Noisy("inner1")), Noisy("outer2"))
del nested
print("---")
def returns_pair():
    return Noisy("r0"), Noisy("r1")
returns_pair()
print("discarded result")
a, b = returns_pair()
print("unpacked")
del a
del b
print("end")
