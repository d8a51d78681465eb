# a < b < c evaluates b once and stops at the first false comparison.
def v(tag, x):
    print("eval", tag)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 1)
print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 5) < v("b", 2) < v("c", 3))
print(1 < 2 > 0 < 10 != 11)
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]], 2 < x not in [1, 2])
print("a" < "b" < "c", [1] < [1, 2] < [2], (1, 2) <= (1, 2) < (1, 3))
a = b = [1]
print(a is b is a, a is not b is a, a == b is not None)
print(1 < 2.5 < 3, -1 < 0 == 0.0 < True + 1)
r = 0 < x < 10 < x * 3
print(r)
