# range: index, count, membership, slicing, equality, hashing, attributes, huge ranges.
r = range(3, 30, 4)
print(r.index(7), r.count(7), r.count(8), 7 in r, 8 in r, 7.0 in r, r.count(7.0), r.index(11.0))
print(True in range(2), False in range(1, 3), range(2).index(True))
for bad in (8, "x", 40):
    try:
        r.index(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    r.index(8.5)
except ValueError as e:
    print("ValueError:", e)
n = range(10, -10, -3)
print(list(n), 4 in n, 1 in n, -8 in n, -10 in n, n.index(-5), n[1:4], n[::-2], n[-2:], n[10:], n[::3])
print(range(0, 10, 2)[1:-1:2], range(10)[::-1], range(5)[-100:100], range(5)[3:1], range(5)[3:1:-1])
print(r.start, r.stop, r.step, range(5).start, range(5).step)
print(range(0) == range(3, 3), range(1, 2) == range(1, 5, 10), range(1, 5, 2) == range(1, 6, 2), range(1, 5) != range(1, 5))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 9, 10)), hash(range(3)) == hash(range(0, 3, 1)))
print(range(3) == [0, 1, 2], range(3) < range(4) if False else "no order")
try:
    range(3) < range(4)
except TypeError as e:
    print(e)
h = range(10 ** 20)
print(h[-1], h[10 ** 19], 10 ** 19 in h, h.index(10 ** 19), h[::10 ** 18], h[5:], h[-3:])
try:
    len(h)
except OverflowError as e:
    print("OverflowError:", e)
print(len(range(2 ** 62)), bool(h), bool(range(10 ** 20, 0)))
try:
    h[10 ** 20]
except IndexError as e:
    print("IndexError:", e)
try:
    range(5)[10 ** 30]
except IndexError as e:
    print("IndexError:", e)
try:
    range(5)["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    range(5)[::0]
except ValueError as e:
    print("ValueError:", e)
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(5, 0, -2))))
print(max(range(3)), sorted(range(3), reverse=True), sum(range(1, 4)), list(range(3)) == [0, 1, 2])
try:
    range(1.5)
except TypeError as e:
    print(e)
