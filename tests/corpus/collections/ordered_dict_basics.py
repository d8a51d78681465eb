import sys
from collections import OrderedDict

od = OrderedDict()
print(od, repr(od), len(od), bool(od))
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od)
print(list(od), list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 10), ("y", 20)], z=30)
print(od)
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
del od["x"]
print(od, "y" in od, "x" in od, od.get("y"), od.get("x", "none"))
print(od.pop("y"), od.pop("missing", "dflt"))
try:
    od.pop("missing")
except KeyError as e:
    print("KeyError", e)
print(od.setdefault("k", []), od)

# equality: order matters between OrderedDicts only
a = OrderedDict([(1, "x"), (2, "y")])
b = OrderedDict([(2, "y"), (1, "x")])
d = {2: "y", 1: "x"}
print(a == b, a != b, a == d, d == a, b == d, a == dict(a))
print(a == OrderedDict(a), list(OrderedDict(b)))

# | and |=
print(a | {3: "z"}, {0: "w"} | a, type({} | a).__name__)
c = a.copy()
c |= {9: 9}
print(c, type(c).__name__, c is not a)
print(OrderedDict.fromkeys("abc", 0), OrderedDict.fromkeys([1, 2]))

# sizes and refcounts
e = OrderedDict()
print(sys.getsizeof(e))
for i in range(12):
    e[i] = i
    print(i, sys.getsizeof(e))
e.clear()
print(sys.getsizeof(e), e)
f = OrderedDict(a=1)
del f["a"]
print(sys.getsizeof(f))
k = "key" + str(1)
g = OrderedDict()
g[k] = 1
print(sys.getrefcount(k))
del g
print(sys.getrefcount(k))
print(sys.getsizeof(OrderedDict.fromkeys("abcdef")))

# iteration and mutation
h = OrderedDict.fromkeys("abc")
try:
    for key in h:
        h["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
h = OrderedDict.fromkeys("abc")
try:
    for key in h:
        h.move_to_end(key)
except RuntimeError as e:
    print("RuntimeError:", e)
for key, value in OrderedDict(p=1, q=2).items():
    print(key, value)

# recursive repr, attributes, subclasses
r = OrderedDict()
r["self"] = r
print(r)
r.note = "hi"
print(r.note, r.__dict__)
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        if len(self) > self.cap:
            oldest = next(iter(self))
            del self[oldest]
lru = LRU(2)
lru["a"] = 1
lru["b"] = 2
lru["a"]
lru["c"] = 3
print(lru, lru.cap, list(lru), type(lru).__name__)
print(isinstance(od, dict), issubclass(OrderedDict, dict), OrderedDict.__name__, OrderedDict.__module__)
try:
    hash(od)
except TypeError as e:
    print(e)
print(dict(OrderedDict([("z", 1), ("a", 2)])), {**OrderedDict([("z", 1), ("a", 2)])})
m = OrderedDict([("z", 1), ("a", 2)])
m.move_to_end("z")
print(dict(m), {**m}, list(m.items()), [*m])
