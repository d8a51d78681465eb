# The descriptor protocol's methods on the built-in descriptors (add_operators' __get__, __set__
# and __delete__ slot wrappers): f.__get__(obj) binds a function as attribute lookup does.
import sys

class A:
    __slots__ = ("x",)
    def f(self):
        return 1
    @staticmethod
    def s():
        return 3
    @classmethod
    def c(cls):
        return cls.__name__

class B:
    @property
    def p(self):
        return self._p
    @p.setter
    def p(self, v):
        self._p = v
    @p.deleter
    def p(self):
        del self._p

a = A()
f = A.__dict__["f"]
m = f.__get__(a)
print(m(), type(m).__name__, m.__self__ is a, m.__func__ is f)
print(f.__get__(a, A)(), f.__get__(None, A) is f, A.f.__get__(a)())
print(sys.getrefcount(a))   # m holds a
del m
print(sys.getrefcount(a))
print(A.__dict__["s"].__get__(a)(), A.__dict__["c"].__get__(a)(), A.__dict__["c"].__get__(None, B)())
print((lambda x: x).__get__(5)())
bm = a.f
print(bm.__get__(1) is bm)
print(list.__dict__["append"].__get__([]).__name__)
print(int.__dict__["__add__"].__get__(2)(3))

b = B()
prop = B.__dict__["p"]
prop.__set__(b, 7)
print(prop.__get__(b), b.p, prop.__get__(None, B) is prop)
prop.__delete__(b)
print(hasattr(b, "_p"))
d = B.__dict__["__dict__"]
print(d.__get__(b) == {})

objs = [("function", A.f), ("method", a.f), ("builtin", len), ("method_descriptor", list.append),
        ("wrapper_descriptor", int.__add__), ("member_descriptor", A.__dict__["x"]),
        ("getset_descriptor", B.__dict__["__dict__"]), ("property", B.__dict__["p"]),
        ("staticmethod", A.__dict__["s"]), ("classmethod", A.__dict__["c"]),
        ("method-wrapper", (1).__add__), ("type", int), ("int", 1)]
for name, o in objs:
    print(name, hasattr(o, "__get__"), hasattr(o, "__set__"), hasattr(o, "__delete__"))
print(type(f).__dict__["__get__"], type(f.__get__).__name__)

for args in [(), (1, 2, 3), (None,), (None, None)]:
    try:
        f.__get__(*args)
    except TypeError as e:
        print(e)
try:
    prop.__set__(b)
except TypeError as e:
    print(e)
