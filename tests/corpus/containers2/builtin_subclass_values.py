# Classes derived from int, float, str, bytes and tuple: values, operators, sizes, attributes.
import sys
class I(int):
    pass
class Money(int):
    def __repr__(self):
        return "Money(" + str(int(self)) + ")"
    def __add__(self, other):
        return Money(int(self) + int(other))
i = I(7)
print(i, repr(i), i + 1, type(i + 1).__name__, -i, i * i, i // 2, 2 ** I(3), i == 7, 7 == i, i < 8, hash(i) == hash(7))
print(type(i).__name__, isinstance(i, int), I(), I("12"), I("ff", 16), I(3.9), bool(I(0)), bool(i))
print(sys.getsizeof(I(0)), sys.getsizeof(I(5)), sys.getsizeof(I(2 ** 40)), sys.getsizeof(I(2 ** 100)))
i.note = "hi"
print(i.note, i.__dict__, sys.getsizeof(i))
m = Money(5)
print(m, repr(m), str(m), m + 1, type(m + 1).__name__, 1 + m, type(1 + m).__name__, [m], f"{m}")
print(m.bit_length(), (5).__class__.__name__, m.real, int(m), type(int(m)).__name__)
class F(float):
    def half(self):
        return self / 2
f = F(2.5)
print(f, repr(f), f.half(), type(f.half()).__name__, f + 1, f * 2, f > 2, F("1e3"), F(), sys.getsizeof(f), round(f))
f.tag = 1
print(sys.getsizeof(f), f.__dict__)
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hey")
print(s, repr(s), s.shout(), s + "x", type(s + "x").__name__, s * 2, len(s), s == "hey", "hey" == s, s[0], s[::-1])
print(type(s[0]).__name__, s.split("e"), "e" in s, s.startswith("h"), hash(s) == hash("hey"), {s: 1}["hey"])
print(sys.getsizeof(S("")), sys.getsizeof(S("abc")), sys.getsizeof(S("é")), sys.getsizeof(S("€uro")), sys.getsizeof(S("😀")))
print(S(42), S(), str(s), type(str(s)).__name__, f"[{s}]", "%s" % s, s.join(["a", "b"]))
class B(bytes):
    pass
b = B(b"abc")
print(b, len(b), b[0], b + b"d", type(b + b"d").__name__, sys.getsizeof(b), sys.getsizeof(B()), b == b"abc")
class T(tuple):
    def total(self):
        return sum(self)
t = T([1, 2, 3])
print(t, repr(t), t.total(), len(t), t[1], t[1:], type(t[1:]).__name__, t + (4,), type(t + (4,)).__name__, t * 2)
print(t == (1, 2, 3), (1, 2, 3) == t, t < (1, 2, 4), 2 in t, t.count(2), t.index(3), hash(t) == hash((1, 2, 3)), T())
print(sys.getsizeof(T()), sys.getsizeof(t), sys.getsizeof(T(range(10))), list(t), tuple(t), type(tuple(t)).__name__)
a, b2, c = t
print(a, b2, c, [x * 2 for x in t], sorted(T([3, 1, 2])), max(t))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "Point(%r, %r)" % (self[0], self[1])
p = Point(3, 4)
print(p, p.x, p[1], str(p), [p], p == (3, 4), isinstance(p, tuple), Point.__mro__)
print(I.__basicsize__, I.__itemsize__, T.__basicsize__, T.__itemsize__, F.__basicsize__, S.__basicsize__, B.__basicsize__)
class Sub(I):
    pass
print(Sub(9), Sub(9) + 1, sys.getsizeof(Sub(9)), Sub.__basicsize__)
try:
    tuple.__new__(list)
except TypeError as e:
    print(e)
try:
    class Bad(int):
        __slots__ = ("a",)
except TypeError as e:
    print(e)
