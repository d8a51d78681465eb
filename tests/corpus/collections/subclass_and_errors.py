# Classes derived from deque and defaultdict; argument errors; int subclasses as indexes.
import sys
from collections import deque, defaultdict, namedtuple
d = deque([1, 2, 3])
d.rotate(10 ** 6 + 1)
print(d)
d.rotate(-(10 ** 6))
print(d, d[True], d[-3])
class MD(deque):
    def peek(self):
        return self[-1]
m = MD([1, 2], maxlen=4)
m.extend("ab")
print(m, type(m).__name__, len(m), m.peek(), m.maxlen, sys.getsizeof(m), sys.getsizeof(MD()), MD.__basicsize__)
m.tag = "t"
c = m.copy()
print(c, type(c).__name__, c.maxlen, m.tag, m == c, m + deque([0]))
class DD(defaultdict):
    def __repr__(self):
        return "DD" + repr(dict(self))
x = DD(int)
x["a"] += 1
x["b"] -= 2
print(x, type(x).__name__, x.default_factory, sys.getsizeof(DD()), DD.__basicsize__, type(x.copy()).__name__)
x.default_factory = list
print(x["z"], x)
try:
    {"a": 1}.keys() & [[1]]
except TypeError as e:
    print(e)
try:
    {"a": 1}.keys() | [[1]]
except TypeError as e:
    print(e)
try:
    namedtuple("P", [1, 2])
except ValueError as e:
    print(e)
try:
    deque(range(5))[1:2]
except TypeError as e:
    print(e)
e = deque([1])
e.extend(e)
e.extendleft(e)
print(e)
for args, kw in (((1,), {}), (([1], "a"), {}), (([1], 2, 3), {}), ((), {"foo": 1})):
    try:
        deque(*args, **kw)
    except TypeError as ex:
        print(ex)
r = range(10)
print(3 in range(1, 10, 2), 3.5 in range(5), "a" in range(3))
class I(int):
    pass
print(I(2) in range(5), range(5).index(I(3)), range(5)[I(1)], [1, 2, 3][I(1)], (1, 2)[I(0)], "abc"[I(2)], r[I(1):I(3)])
