# dict methods: get, setdefault, pop, popitem, update, keys/values/items, fromkeys, copy.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100))
print(d)
print(d.pop("b"), d.pop("zz", "none"), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), d)
e = d.copy()
e["a"] = -1
print(d["a"], e["a"])
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2))
print("a" in d, "q" in d, len(d), d == {"a": 1, "c": 3, "x": 10, "y": 20})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
d.clear()
print(d, bool(d))
print({**{"a": 1}, "b": 2, **{"a": 3}})
