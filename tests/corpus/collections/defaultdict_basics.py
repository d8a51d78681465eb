# collections.defaultdict: the factory fills missing keys; repr, sizes, copy, | and errors.
import sys
from collections import defaultdict
d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, len(d), "c" in d, d.get("c"), d.default_factory, isinstance(d, dict))
print(repr(defaultdict()), defaultdict(None, {1: 2}), defaultdict(int, a=1), type(d).__name__, type(d))
counts = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    counts[w] += 1
print(counts, sorted(counts.items()), counts == {"the": 3, "cat": 1, "and": 2, "hat": 1, "bat": 1})
print(sys.getsizeof(defaultdict()), sys.getsizeof(defaultdict(int, a=1)), sys.getsizeof(counts))
nd = defaultdict(lambda: defaultdict(int))
nd["x"]["y"] += 5
print(nd["x"], dict(nd["x"]), len(nd))
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
c = counts.copy()
print(type(c).__name__, c is counts, c == counts, c.default_factory)
u = d | {"z": [0]}
print(type(u).__name__, u, u.default_factory)
d.default_factory = set
d["s"].add(1)
print(d, d.__missing__("m"), d["m"])
print(list(d), list(d.keys()), list(d.values())[:2], d.pop("a"), d.setdefault("q", 1), d)
s = defaultdict(str, [("k", "v")])
print(s["k"], repr(s["nope"]), s)
del s["k"]
print(s, len(s), bool(defaultdict()), list(reversed(defaultdict(int, a=1, b=2))))
