# enumerate, zip, map, filter, reversed, sorted with key, any/all on containers.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
print(list(enumerate(names)), list(enumerate(names, 1)))
print(list(zip(names, ages)), list(zip(names, ages, "xy")), list(zip()))
print(dict(zip(names, ages)))
print(list(map(len, names)), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(lambda a: a > 30, ages)))
print(sorted(zip(ages, names)), sorted(names, key=len, reverse=True))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]))
pairs = [(1, "b"), (0, "c"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(list(reversed(names)), [n for i, n in enumerate(names) if i % 2 == 0])
unz = list(zip(*[(1, "a"), (2, "b")]))
print(unz)
