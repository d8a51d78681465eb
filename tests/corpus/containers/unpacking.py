# Unpacking assignment with a starred target, nested targets, and errors.
a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = range(5)
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *mid, tail = (1, 2)
print(head, mid, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for i, *others in [(1, 2, 3), (4, 5)]:
    print(i, others)
k1, k2 = {"p": 1, "q": 2}
print(k1, k2)
for bad in ([1, 2], [1, 2, 3, 4]):
    try:
        p, q, r = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}}, {*[1, 1, 2]})
