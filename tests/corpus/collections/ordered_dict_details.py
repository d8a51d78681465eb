import sys
from collections import OrderedDict

class Loud:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __del__(self):
        print("del", self.name)

od = OrderedDict()
od["k1"] = Loud("v1")
od["k2"] = Loud("v2")
od["k3"] = Loud("v3")
od.move_to_end("k1")
print(list(od))
print("clearing")
od.clear()
print("cleared")
od[Loud("key")] = Loud("val")
od["x"] = Loud("vx")
od.move_to_end("x", last=False)
print("deleting", od)
del od
print("deleted")

# refcounts while iterating
keys = [object() for _ in range(3)]
o = OrderedDict((k, [i]) for i, k in enumerate(keys))
for k in o:
    print(sys.getrefcount(k))
for k, v in o.items():
    print(sys.getrefcount(k), sys.getrefcount(v))

# views
v = o.keys()
print(len(v), keys[0] in v, type(v).__name__, type(o.values()).__name__, type(o.items()).__name__)
p = OrderedDict(a=1, b=2, c=3)
print(p.keys() & {"a", "c"} == {"a", "c"}, p.keys() - {"a"} == {"b", "c"}, sorted(p.items() | {("z", 0)}))
print(list(reversed(p.items())), isinstance(p.keys(), type({}.keys())))
it = iter(p.values())
print(next(it))
p["d"] = 4
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError again:", e)
except StopIteration:
    print("StopIteration")

# subclasses
class Sub(OrderedDict):
    pass
s = Sub(a=1)
s["b"] = 2
s.extra = 5
print(s, s.extra, s.__dict__, sys.getsizeof(s) - sys.getsizeof(OrderedDict(s)))
print(s.copy(), type(s.copy()).__name__, s | {"c": 3}, type(s | {}).__name__)
class Tracking(OrderedDict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)
    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)
t = Tracking([("a", 1), ("b", 2)])
t.update(c=3)
t.setdefault("d", 4)
print(t.pop("a"), t.popitem(), t)
print(OrderedDict(t), Tracking.fromkeys("xy"))
d = {}
d.update(OrderedDict([("z", 1), ("a", 2)]))
print(d, dict(OrderedDict([("z", 1), ("a", 2)]).items()))
e = OrderedDict(a=1)
e.move_to_end("a")
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), e == {"a": 1})
print(sys.getsizeof(OrderedDict(a=1, b=2)), OrderedDict(a=1).__sizeof__())
big = OrderedDict.fromkeys(range(100))
print(sys.getsizeof(big))
for i in range(50):
    del big[i]
print(sys.getsizeof(big), len(big), list(big)[:3])
for i in range(50):
    big[i] = i
print(sys.getsizeof(big), list(big)[:3], list(big)[-3:])
