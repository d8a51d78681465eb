# Shapes: abstract-ish base, registry via __init_subclass__, __getattr__ fallbacks, operator overloading.
import math

class Shape:
    registry = {}

    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        Shape.registry[cls.kind] = cls

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def __lt__(self, other):
        return self.area() < other.area()

    def __getattr__(self, name):
        if name.startswith("is_"):
            return self.kind == name[3:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

    def __format__(self, spec):
        return format(self.area(), spec) if spec else repr(self)

class Circle(Shape, kind="round"):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def __repr__(self):
        return f"Circle(r={self.r})"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rect({self.w}x{self.h})"
    def __mul__(self, k):
        return Rect(self.w * k, self.h * k)
    __rmul__ = __mul__
    def __bool__(self):
        return self.w > 0 and self.h > 0

class Blob(Shape):
    pass

shapes = [Circle(1), Rect(2, 3), Circle(0.5), 2 * Rect(1, 1), Rect(0, 5)]
print(sorted(Shape.registry), [s.kind for s in shapes])
print(sorted(shapes), max(shapes), [bool(s) for s in shapes])
print([f"{s:.2f}" for s in shapes], f"{shapes[0]}", format(shapes[1], ""))
print(shapes[0].is_round, shapes[1].is_rect, shapes[1].is_round)
try:
    shapes[0].radius
except AttributeError as e:
    print("AttributeError:", e)
try:
    Blob().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
total = 0
for s in filter(None, shapes):
    total += s.area()
print(round(total, 4), f"{total:10.3f}|{total:<10.1f}|{total:^+12.2e}|")
print(sum(s.area() for s in shapes if isinstance(s, Rect)), any(isinstance(s, Blob) for s in shapes))

def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 / n
    except ValueError:
        raise RuntimeError("wrapped")
    finally:
        print("cleanup", n)

for n in (2, 0):
    try:
        print(risky(n))
    except RuntimeError as e:
        print(type(e.__context__).__name__, e.__context__, e.__cause__, e.__suppress_context__)
print(Rect(1, 2) * 3, 3 * Rect(1, 2), vars(Rect(4, 5)), Rect.__mro__[1].__name__, Circle.kind)
print(shapes[1].missing_attr)
