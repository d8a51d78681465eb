class Base:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag, kw)
class A(Base, tag="a"):
    pass
class B(A):
    pass
print(A.tag, B.tag)
try:
    class C(Base, tag="c", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(other=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class E(metaclass=type):
    x = 1
print(type(E).__name__, E.x)
T = type("T", (Base,), {"v": 2}, tag="t")
print(T.tag, T.v, T.__name__)
def factory(name, bases, ns, **kw):
    print("factory", name, bases, sorted(ns), kw)
    return 42
class F(metaclass=factory, flavour="x"):
    y = 2
print(F)
try:
    type("Z", (), {}, bad=1)
except TypeError as e:
    print("TypeError:", e)
