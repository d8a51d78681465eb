# Which objects the collector tracks (CPython 3.11's rules).
import gc

for obj in [1, 1.5, "s", None, True, b"b", 10 ** 30, (), range(3)]:
    print(type(obj).__name__, gc.is_tracked(obj))

print("list", gc.is_tracked([]))
print("empty dict", gc.is_tracked({}))
print("dict of ints", gc.is_tracked({1: 2, "a": 3}))
print("dict holding a list", gc.is_tracked({"a": []}))
d = {}
d["x"] = 1
print("after int value", gc.is_tracked(d))
d["y"] = [1]
print("after list value", gc.is_tracked(d))

t = (1, 2, "three")
print("tuple of atoms, new", gc.is_tracked(t))
gc.collect()
print("tuple of atoms, after collect", gc.is_tracked(t))
t2 = ([], 1)
gc.collect()
print("tuple holding a list, after collect", gc.is_tracked(t2))
nested = ((1, 2), (3, 4))
gc.collect(0)
print("nested atom tuples after a young collection", gc.is_tracked(nested))

d2 = {"k": []}
d2["k"] = 5
print("dict no longer holding a container", gc.is_tracked(d2))
gc.collect(1)
print("after a middle collection", gc.is_tracked(d2))
gc.collect()
print("after a full collection", gc.is_tracked(d2))

class A:
    pass

print("instance", gc.is_tracked(A()))
print("class", gc.is_tracked(A))
print("builtin type", gc.is_tracked(int))
print("function", gc.is_tracked(len), gc.is_tracked(lambda: 0))
print("set", gc.is_tracked(set()), gc.is_tracked(frozenset()))
