# A dict frees its entries in insertion order: each key, then its value.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

d = {}
d["z"] = Noisy("value z")
d["a"] = Noisy("value a")
d["m"] = Noisy("value m")
print("del dict")
del d
print("---")
k1, k2 = Noisy("key1"), Noisy("key2")
d = {k1: Noisy("val1"), k2: Noisy("val2")}
del k1, k2
d = None
print("---")
d = {"a": Noisy("A"), "b": Noisy("B"), "c": Noisy("C")}
d["a"] = Noisy("A2")
print("replaced a")
d.clear()
print("cleared")
d = {"x": Noisy("X"), "y": Noisy("Y")}
d.pop("x")
print("popped x")
d.update({"y": Noisy("Y2")})
print("updated y")
del d
print("end")
