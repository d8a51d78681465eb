# Tuples of constants are constants: merged across the module and its functions.
a = (1, 2, 3)
b = (1, 2, 3)
print(a is b)
def f():
    return (1, 2, 3)
print(f() is a)
c = (1, 2) + (3,)
print(c is a)
d = ("x", (1, 2))
e = ("x", (1, 2))
print(d is e, d[1] is (1, 2))
n = 3
g = (1, 2, n)
print(g is a, g == a)
h = tuple([1, 2, 3])
print(h is a)
lst = [1, 2, 3]
print(tuple(lst) is tuple(lst))
def k():
    return ((1, 2), "x")
print(k()[0] is d[1], k() is k())
print((None,) is (None,), (True, False) is (True, False))
