# CPython 3.11's PRECALL replaces a bound method on the stack by its function and self and
# releases the method before the call: a method object made for the call alone is freed before
# the callee runs, and its block is the next one of its size.
import sys

class A:
    def f(self):
        return id(self.f)
    def g(self, x, y=2):
        return id(self.g) + x + y
    def refs(self):
        return sys.getrefcount(self)

a = A()
before = id(getattr(a, "f"))
print(getattr(a, "f")() == before)
before = id(getattr(a, "g"))
print(getattr(a, "g")(0, y=0) == before)
print(getattr(a, "g")(*(0, 0)) == before)   # CALL_FUNCTION_EX keeps the method
m = a.f
print(m() == id(m))
print(m() == id(a.f))

print(a.refs(), getattr(a, "refs")(), (a.refs)())
r = a.refs
print(r(), sys.getrefcount(r))
del r

class B:
    def __init__(self):
        self.seen = id(self.__init__)

b = B()
i = id(getattr(b, "__init__"))
print(B().seen == i)

class C:
    def __call__(self, n):
        return n + 1

c = C()
bound = getattr(c, "__call__")
print(bound(1), sys.getrefcount(bound))
print([getattr(c, "__call__")(k) for k in range(3)])

class Base:
    def hello(self, who):
        return "base " + who
class Derived(Base):
    def hello(self, who):
        return super().hello(who) + " " + str(sys.getrefcount(self))
print(Derived().hello("x"))
d = Derived()
print(d.hello("y"))
