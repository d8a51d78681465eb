# dict views: set operations, comparisons, membership, reversed iteration, iterator errors.
import sys
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 2, "c": 30, "d": 4}
k = d.keys()
print(sorted(k & e.keys()), sorted(k | e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()))
print(sorted(k & {"a", "z"}), sorted({"a", "z"} & k), sorted(["a", "q"] | k), sorted(k - ["a"]))
print(sorted(d.items() & e.items()), sorted(d.items() ^ e.items()), sorted(d.items() - e.items()))
print(type(k & e.keys()).__name__, type(d.items() | e.items()).__name__)
print(k == {"a", "b", "c"}, k == {"a"}, k != {"a"}, {"a", "b", "c"} == k, k == ["a", "b", "c"])
print(k < {"a", "b", "c", "d"}, k <= {"a", "b", "c"}, k > {"a"}, k >= {"a", "b", "c", "q"})
print(d.keys() == {"a": 0, "b": 0, "c": 0}.keys(), d.items() == {("a", 1), ("b", 2), ("c", 3)})
print("a" in k, "z" in k, ("a", 1) in d.items(), ("a", 2) in d.items(), "a" in d.items(), 2 in d.values())
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), d.items().isdisjoint(e.items()))
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
r = reversed(d)
print(type(r).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
try:
    hash(k)
except TypeError as ex:
    print(ex)
print(hash(d.values()) == hash(d.values()) or True)
it = iter(d.items())
first = next(it)
second = next(it)
print(first, second, first is second)
del first
x = next(it)
print(x, sys.getrefcount(x))
for pair in d.items():
    print(pair, sys.getrefcount(pair))
ids = set()
for pair in d.items():
    ids.add(id(pair))
print(len(ids))
try:
    for key in d:
        d["new" + key] = 1
except RuntimeError as ex:
    print(ex)
f = {1: 1, 2: 2}
try:
    for key in f:
        del f[key]
        f[key + 10] = 0
except RuntimeError as ex:
    print(ex)
print(f)
it = iter({"p": 1, "q": 2})
print(it.__length_hint__(), next(it), it.__length_hint__())
k2 = d.keys()
k2 |= {"zz"}
print(type(k2).__name__, sorted(k2))
