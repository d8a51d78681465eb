# Binary, reflected and in-place arithmetic dunders, and which one Python picks.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "N(" + repr(self.v) + ")"
    def __add__(self, o):
        print("__add__")
        return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o):
        print("__radd__")
        return N(o + self.v)
    def __sub__(self, o):
        return N(self.v - (o.v if isinstance(o, N) else o))
    def __rsub__(self, o):
        return N(o - self.v)
    def __mul__(self, o):
        return N(self.v * o)
    def __truediv__(self, o):
        return N(self.v / o)
    def __floordiv__(self, o):
        return N(self.v // o)
    def __mod__(self, o):
        return N(self.v % o)
    def __pow__(self, o):
        return N(self.v ** o)
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return self
    def __abs__(self):
        return N(abs(self.v))
    def __invert__(self):
        return N(~self.v)
    def __isub__(self, o):
        print("__isub__")
        self.v -= o
        return self

a = N(10)
print(a + 1, 1 + a, a + a, a - 3, 20 - a, a * 2, a / 4, a // 3, a % 3, a ** 2)
print(-a, +a is a, abs(N(-4)), ~a)
b = a
b -= 1
print(b is a, a)
b += 1
print(b is a, a, b)
print(sum([N(1), N(2)], N(0)))
