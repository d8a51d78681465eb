import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
p.z = 3
print(p.z, hasattr(p, 'z'), hasattr(p, 'w'), getattr(p, 'w', 'default'))
setattr(p, 'w' + 'x', 10)
print(p.wx, getattr(p, 'wx'))
delattr(p, 'wx')
print(hasattr(p, 'wx'))
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    del p.missing
except AttributeError as e:
    print(e)
Point.kind = 'point'
print(p.kind, Point.kind, Point.__name__, Point.__qualname__, Point.__module__)
p.kind = 'mine'
print(p.kind, Point.kind)
try:
    Point.nope
except AttributeError as e:
    print(e)
print(type(p) is Point, type(Point), isinstance(p, Point), isinstance(p, (int, Point)))
print(isinstance(3, Point), issubclass(Point, object), callable(Point), callable(p))
print(sys.getsizeof(p), sys.getsizeof(Point))
d = p.__dict__
print(d, sys.getsizeof(d))
print(vars(p) is d)
q = Point(5, 6)
print(sys.getsizeof(q.__dict__))
print([n for n in dir(p) if not n.startswith('__')])
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(type(o).__name__, type(1), type(type))
