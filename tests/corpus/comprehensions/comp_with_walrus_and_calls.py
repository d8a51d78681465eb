# Filtering with function calls, walrus in a comprehension binds in the enclosing scope.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return None

raw = ["1", "x", "22", "", "-3"]
print([v for s in raw if (v := parse(s)) is not None])
print(v)
print([(s, n) for s in raw if (n := len(s)) > 1])
def cube(x):
    return x ** 3
print([c for x in range(6) if (c := cube(x)) % 2 == 0])
totals = []
running = 0
print([running := running + x for x in [5, 5, 10]], running)
