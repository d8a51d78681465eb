# A dict holds one reference to each key and each value.
import sys
k = (1, "key", [].__class__.__name__ * 2)
v = [0]
print(sys.getrefcount(k), sys.getrefcount(v))
d = {k: v}
print(sys.getrefcount(k), sys.getrefcount(v))
d[k] = v
print(sys.getrefcount(k), sys.getrefcount(v))
d["other"] = v
print(sys.getrefcount(v))
popped = d.pop("other")
print(sys.getrefcount(v))
del popped
print(sys.getrefcount(v))
d2 = dict(d)
print(sys.getrefcount(k), sys.getrefcount(v))
d2.clear()
print(sys.getrefcount(k), sys.getrefcount(v))
d.setdefault("s", v)
print(sys.getrefcount(v))
vals = list(d.values())
print(sys.getrefcount(v))
del d
print(sys.getrefcount(k), sys.getrefcount(v))
