# WeakValueDictionary: entries go away with their values; removals wait while it is iterated.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n


d = weakref.WeakValueDictionary()
vals = [V(i) for i in range(5)]
for i, v in enumerate(vals):
    d["k%d" % i] = v
print(len(d), d["k0"], d.get("k1"), d.get("nope", "default"), "k2" in d, "nope" in d, 3 in d)
print(sorted(d.keys()), sorted(d), sorted(v.n for v in d.values()))
print(sorted((k, v.n) for k, v in d.items()))
del v
vals.pop()
print(len(d), "k4" in d)
try:
    d["k4"]
except KeyError as e:
    print("KeyError:", e)

# A value dies while the dictionary is being iterated: the removal is pending until the end.
it = iter(d.items())
first = next(it)
print("first", first[0])
del first
vals.pop(1)
print("pending", d._pending_removals, len(d.data))
rest = sorted(k for k, v in it)
print("rest", rest, d._pending_removals)
print(len(d), sorted(d))

print(d.pop("k0"), len(d))
try:
    d.pop("k0")
except KeyError as e:
    print("KeyError:", e)
print(d.pop("k0", "missing"))
x = V(10)
print(d.setdefault("x", x) is x, d.setdefault("x", V(11)))
k, v = d.popitem()
print(k in ("x", "k2", "k3"), len(d))
del k, v
d.update({"a": vals[0]}, b=vals[1])
d.update([("c", vals[0])])
print(sorted(d), d["a"] is vals[0])
c = d.copy()
print(type(c).__name__, sorted(c), c == d, d == {"a": vals[0]}, d != c)
print(repr(d).replace(hex(id(d)), "ADDR"))
refs = d.valuerefs()
print(len(refs), type(refs[0]).__name__, sorted(r.key for r in refs))
print(sorted(r.key for r in d.itervaluerefs()))
del refs
d2 = weakref.WeakValueDictionary({"q": x}, r=x)
print(sorted(d2.items(), key=lambda kv: kv[0]))
del x
print(len(d2), list(d2))
d.clear()
print(len(d), len(d.data))
e = weakref.WeakValueDictionary()
e[1] = vals[0]
del e[1]
print(len(e))
try:
    e[2] = 5
except TypeError as err:
    print("TypeError:", err)
