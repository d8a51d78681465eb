# range objects: len, indexing, slicing, membership, reversed, equality.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1])
print(5 in r, 6 in r, r.index(11), r.count(8))
print(range(0), list(range(0)), len(range(10, 0)), list(range(10, 0, -3)))
print(range(3) == range(0, 3), range(0, 3, 2) == range(0, 4, 2), range(0) == range(5, 5))
print(list(reversed(range(4))), sum(range(101)), max(range(7)))
print(range(10 ** 20)[-1], range(0, 10 ** 20, 7)[1])
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
print(type(range(1)).__name__, bool(range(0)), bool(range(1)))
