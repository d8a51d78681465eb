# Dicts keep insertion order; updating a value keeps its position; delete then re-insert moves to end.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 9
print(list(d))
print({3: "c", 1: "a", 2: "b"}, {10: 1, -5: 2, 0: 3})
m = dict.fromkeys([5, 3, 5, 1, 3])
print(list(m))
items = list({"b": 2, "a": 1}.items())
print(items)
merged = {"x": 1, "y": 2} | {"y": 3, "z": 4}
print(merged)
merged |= {"a": 0}
print(merged)
print(list(reversed({"p": 1, "q": 2, "r": 3})))
copy = dict(d)
print(list(copy) == list(d))
