# Tuples: packing, indexing, slicing, concatenation, count/index, comparisons.
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:], t[::-1])
single = (5,)
print(single, (5), type((5)).__name__, ())
print(t + (4,), t * 2, 2 in t, t.count(2), t.index(3))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), (1, "a") == (1, "a"))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    hash(nested)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), tuple([1, 2]), tuple(range(3)), tuple("ab"))
a, b = b, a = 1, 2
print(a, b)
print(max((3, 1), (2, 9)), min([(1, "z"), (1, "a")]))
