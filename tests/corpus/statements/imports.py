# import forms with built-in modules: import, import as, from import, from import as.
import sys
import math as m
from sys import getrefcount, getsizeof as size
from math import sqrt, floor as fl
import collections, itertools
print(type(sys).__name__, m.pi == m.pi, m.sqrt(16), sqrt(9.0), fl(2.7))
print(getrefcount is sys.getrefcount, size is sys.getsizeof)
import math
print(m is math, math_missing if False else "ok")
def local_import():
    import math
    from functools import reduce
    return math.floor(3.9), reduce(lambda a, b: a * b, [1, 2, 3, 4])
print(local_import())
print("math" in dir(), "m" in dir())
print(collections.deque([1, 2]).pop(), list(itertools.islice(itertools.count(5), 3)))
