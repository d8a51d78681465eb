# keys/values/items views are live; key views support set operations.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["c"] = 3
print(len(k), list(v), ("c", 3) in i, "c" in k, 3 in v)
print(k & {"a", "zz"} == {"a"}, sorted(k | {"q"}), sorted(k - {"a"}))
print(type(k).__name__, type(v).__name__, type(i).__name__)
for key, val in d.items():
    print(key, "->", val)
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(d))
e = {1: "x", 2: "y"}
print(list(zip(e.keys(), e.values())), list(e.items())[0])
