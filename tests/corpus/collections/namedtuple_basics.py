# collections.namedtuple: fields by name and index, defaults, _make, _replace, _asdict, errors.
import sys
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), isinstance(p, tuple), type(p).__name__)
print(Point, Point._fields, Point.__doc__, Point.x, Point.__module__, Point.__mro__)
print(sys.getsizeof(p), sys.getsizeof((1, 2)), Point.__basicsize__, Point.__itemsize__)
q = Point(y=5, x=4)
print(q, q._asdict(), q._replace(y=9), Point._make([7, 8]), tuple(q), list(q), q + (1,), q * 2)
x, y = q
print(x, y, hash(q) == hash((4, 5)), q.count(4), q.index(5), sorted([Point(2, 1), Point(1, 2)]))
P3 = namedtuple("P3", "a, b c", defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, 6, 7), P3._field_defaults, P3.__doc__)
R = namedtuple("R", ["ok", "def", "_x", "ok"], rename=True)
print(R._fields, R(1, 2, 3, 4))
One = namedtuple("One", "v")
print(One(1), One.__doc__, repr(One(One(2))))
for args in ((1,), (1, 2, 3)):
    try:
        Point(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    Point(1, 2, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, x=3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError:", e)
for bad in (("1x", "a"), ("T", "a class"), ("T", "_a"), ("T", "a a"), ("T", "a-b")):
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    namedtuple("T", "a", defaults=[1, 2])
except TypeError as e:
    print("TypeError:", e)
class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
v = Point3(1, -2, 3)
print(v, v.norm1(), sys.getsizeof(v), Point3.__mro__[1].__name__)
M = namedtuple("M", "a b", module="mymod")
print(M, M(1, 2))
print({Point(1, 2): "p"}[(1, 2)], Point(1, 2) < Point(1, 3), max(Point(3, 9)))
