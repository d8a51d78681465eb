# The same instruction seeing objects and namespaces change under it: what the interpreter's
# inline caches (globals, builtins, instance attributes, methods) must never get wrong.


class A:
    pass


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


a = A()
a.x = 1
print([get_x(a) for _ in range(3)])
A.x = property(lambda self: 42)  # a data descriptor now wins over the instance value
print(get_x(a))
del A.x
print(get_x(a))
set_x(a, 5)
print(get_x(a), a.__dict__)


class WithSetattr:
    def __init__(self):
        self.x = 0


w = WithSetattr()
for i in range(3):
    set_x(w, i)
print(w.x)
WithSetattr.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 100)
set_x(w, 7)
print(w.x)


class B:
    def m(self):
        return "method"


def call_m(o):
    return o.m()


b = B()
b.y = 0
print([call_m(b) for _ in range(3)])
b.m = lambda: "instance attribute"
print(call_m(b))
b2 = B()
print(call_m(b2))
B.m = lambda self: "replaced"
print(call_m(b2), call_m(B()))


class Base:
    def who(self):
        return "base"


class Derived(Base):
    pass


def who(o):
    return o.who()


d = Derived()
print([who(d) for _ in range(3)])
Base.who = lambda self: "base changed"
print(who(d))
Derived.who = lambda self: "derived"
print(who(d))


def length():
    return len([1, 2, 3])


print([length() for _ in range(3)])
len = lambda x: 99
print(length())
del len
print(length())
g = 1


def read_g():
    return g


print(read_g())
g = 2
print(read_g())
del g
try:
    read_g()
except NameError as e:
    print(e)
g = 3
print(read_g())

# one site, objects of several types
class P:
    def __init__(self, v):
        self.v = v


class Q:
    def __init__(self, v):
        self.w = 0
        self.v = v


def v_of(o):
    return o.v


print([v_of(o) for o in [P(1), Q(2), P(3), Q(4)]])
q = Q(5)
print(q.__dict__, v_of(q))
q.__class__ = P
print(v_of(q), type(q).__name__)


def app(l, x):
    l.append(x)
    return l


print(app([], 1), app([0], 2))
print([x.upper() for x in ["a", "b"]], [x.bit_length() for x in [1, 255]])
