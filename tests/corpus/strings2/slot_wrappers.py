# Built-in types' slots as methods: wrapper_descriptor on the type, method-wrapper on instances.
import sys
print(str.__len__, str.__add__, str.__mod__, int.__add__, int.__radd__, float.__truediv__, str.__eq__)
print(type(str.__len__).__name__, type("x".__len__).__name__, type(str.upper).__name__, type("x".upper).__name__)
print(str.__dict__["__getitem__"], int.__dict__["__bool__"], bool.__dict__["__and__"], int.__dict__["real"])
print("abc".__len__(), "abc".__contains__("b"), "x".__add__("y"), "ab".__mul__(3), "ab".__rmul__(2))
print("abc".__getitem__(1), "abc".__getitem__(slice(1, None)), "abc".__eq__("abc"), "abc".__lt__("abd"))
print("a".__eq__(1), "a".__ne__(1), "a".__lt__(1), "%s-%s".__mod__((1, 2)), "x".__rmod__(1), "x".__hash__() == hash("x"))
print("ab".__repr__(), "ab".__str__(), "ab".__format__(">4"), "ab".__sizeof__() == sys.getsizeof("ab"))
print(list("ab".__iter__()), str.__len__("abcd"), str.__add__("p", "q"), str.__getitem__("xyz", -1))
print((5).__add__(3), (5).__radd__(3), (5).__sub__(3), (5).__rsub__(3), (5).__mul__(2), (7).__floordiv__(2))
print((7).__rfloordiv__(2), (7).__mod__(3), (7).__rmod__(3), (7).__truediv__(2), (7).__rtruediv__(2), (2).__pow__(10))
print((2).__rpow__(3), (2).__pow__(10, 1000), (6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4))
print((256).__rshift__(2), (5).__neg__(), (5).__pos__(), (5).__invert__(), (-5).__abs__(), (0).__bool__())
print((5).__int__(), (5).__float__(), (5).__index__(), (7).__divmod__(2), (7).__rdivmod__(30), (5).__lt__(6))
print((5).__eq__(5.0), (5).__add__(1.0), (5).__radd__("a"), (5).__hash__(), (5).__repr__(), (5).__format__("04d"))
print(True.__and__(False), True.__or__(0), True.__xor__(True), True.__repr__(), True.__add__(True), int.__add__(True, 2))
print((2.5).__add__(1), (2.5).__radd__(1), (2.5).__rsub__(1), (2.5).__mul__(2), (2.5).__truediv__(0.5))
print((2.5).__floordiv__(1), (2.5).__mod__(1), (2.5).__divmod__(1), (2.5).__rdivmod__(7), (2.5).__pow__(2))
print((2.5).__rpow__(2), (2.5).__neg__(), (2.5).__abs__(), (2.5).__int__(), (2.5).__float__(), (2.5).__bool__())
print((2.5).__eq__(2.5), (2.5).__lt__(3), (2.5).__add__("x"), (2.5).__trunc__(), (2.5).__round__(), (2.5).__round__(1))
print((-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__format__(".3f"), float.__add__(1.0, 2.0), (0.0).__bool__())
for f in (lambda: "abc".__len__(1), lambda: (1).__add__(), lambda: str.__len__(1), lambda: str.__len__(),
          lambda: "a".__add__(1), lambda: int.__add__("a", 1), lambda: "a".__getitem__(5),
          lambda: (1).__floordiv__(0), lambda: (1).__mod__(0), lambda: (1.0).__divmod__(0),
          lambda: (1).__pow__(2, 0), lambda: (2.0).__pow__(2, 3), lambda: "a".__len__(x=1)):
    try:
        print(f())
    except (TypeError, ValueError, IndexError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)

class S(str):
    def __len__(self):
        return 100 + super().__len__()
    def __add__(self, other):
        return "S(" + super().__add__(other) + ")"

class I(int):
    def __add__(self, other):
        return I(int.__add__(self, other) * 10)
    def __repr__(self):
        return "I(" + int.__repr__(self) + ")"

s = S("abc")
print(len(s), s + "d", s.__len__(), str.__len__(s), s.upper())
i = I(4)
print(i + 1, repr(i), I(2).__add__(3), int.__add__(i, 1), i.__sub__(1), i.real, i.bit_length())
m = "abc".__len__
print(m(), m.__self__ if hasattr(m, "__self__") else "abc", "abc".__len__ == "abc".__len__, (1).__add__ == (1).__add__)
