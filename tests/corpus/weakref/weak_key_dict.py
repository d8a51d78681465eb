# WeakKeyDictionary: entries go away with their keys.
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K(%d)" % self.n


keys = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = k.n * 10
del k
print(len(d), d[keys[0]], d.get(keys[1]), d.get(K(9), "absent"), keys[2] in d, K(2) in d, 5 in d)
print(sorted(d.values()), sorted(k.n for k in d), sorted((k.n, v) for k, v in d.items()))
keys.pop()
print(len(d))
it = d.keys()
first = next(it)
keys.pop(1)
print("pending", len(d._pending_removals), len(d.data), len(d))
rest = sorted(k.n for k in it)
print(first.n in (0, 1, 2), rest, len(d._pending_removals), len(d))
del first
print(d.pop(keys[0]), len(d), d.pop(keys[0], "gone"))
d.setdefault(keys[0], "set")
print(d[keys[0]], d.setdefault(keys[0], "other"))
k, v = d.popitem()
print(k.n, v, len(d))
del k
d.update({keys[0]: 1, keys[1]: 2})
print(sorted((k.n, v) for k, v in d.items()))
c = d.copy()
print(type(c).__name__, len(c), c == d, len(d.keyrefs()))
print(repr(d).replace(hex(id(d)), "ADDR"))
del d[keys[0]]
print(len(d))
try:
    d[1] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del d[K(5)]
except KeyError:
    print("KeyError")
keys.clear()
print(len(d), len(c), list(d))
