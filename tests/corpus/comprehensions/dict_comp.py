# Dict comprehensions keep insertion order; later duplicates overwrite values.
print({x: x * x for x in range(6)})
names = ["ann", "bob", "cy"]
print({name: len(name) for name in names})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
d = {"x": 1, "y": 2, "z": 3}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v != 2})
print({i % 3: i for i in range(10)})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({str(i): [i] * i for i in range(3)})
inverted = {v: k for k, v in {1: "one", 2: "two"}.items()}
print(inverted["two"], list(inverted))
print({x: None for x in []})
