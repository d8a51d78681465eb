# PyObject_GetAttr gives a failing lookup's AttributeError the name and the object (the exception
# holds a reference to it), whoever raised it; setattr and delattr do not.
import sys

class C:
    x = 1
c = C()

def probe(f):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, repr(e.name), e.obj is not None and type(e.obj).__name__, e)

probe(lambda: c.y)
probe(lambda: C.y)
probe(lambda: sys.nope)
probe(lambda: (1).nope)
probe(lambda: "s".nope)
probe(lambda: [].nope)
probe(lambda: [].nope())
probe(lambda: getattr(c, "zz"))
probe(lambda: object().__dict__)
def f(): pass
probe(lambda: f.nope)
probe(lambda: super(C, c).nope)

class S:
    __slots__ = ("a",)
probe(lambda: S().a)

class G:
    def __getattr__(self, n):
        raise AttributeError("custom " + n)
probe(lambda: G().q)

class P:
    @property
    def p(self):
        return self.inner_missing
probe(lambda: P().p)
probe(lambda: setattr(1, "x", 2))
probe(lambda: delattr(c, "nothere"))
print(getattr(c, "nothere", "default"), hasattr(c, "nothere"))

# the exception keeps the object alive, and counts as a reference to it
try:
    c.missing
except AttributeError as e:
    print(e.obj is c, sys.getrefcount(c))
print(sys.getrefcount(c))

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

try:
    D(1).missing
except AttributeError:
    print("in handler")
print("after handler")

try:
    D(2).method_missing()
except AttributeError as e:
    print("in handler", e.name)
    err = e
print("after handler")
del err
print("after del")
