"""A module docstring."""
import math as m
from sys import argv, path as p
x = 2 ** 64
y = 'py' + 'thon'
z = -(1 + 2) if False else ~5
a = b = [1, 2, 3]
a[0] += 1
a.b -= 2
del a[0]
s = a[1:-1:2]
t = (1, 2) * 2
e = x if x in [1, 2, 3] else x not in {4, 5}
def k(*, key=None, **rest):
    global x
    x = key
    return {'a': 1, **rest}
print(k(key=1), *t, sep='')
