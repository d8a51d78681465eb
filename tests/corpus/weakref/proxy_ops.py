# A proxy forwards attribute access, calls, operators and the container protocols to its referent.
import sys
import weakref


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __radd__(self, other):
        return Vec(self.x + other, self.y + other)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "<%s, %s>" % (self.x, self.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __call__(self, z):
        return self.x + self.y + z


v = Vec(1, 2)
p = weakref.proxy(v)
print(type(p).__name__, type(p) is weakref.CallableProxyType, sys.getsizeof(p))
print(p.x, p.y, p.norm1(), str(p), p + Vec(10, 10), Vec(10, 10) + p, 5 + p, p * 3, -p)
print(p == Vec(1, 2), p == v, p != v, p < Vec(5, 5), Vec(0, 0) < p, bool(p), p(100))
p.z = 9
print(v.z, p.z)
del p.z
print(hasattr(v, "z"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(weakref.proxy(v) is p, weakref.proxy(v, None) is p, weakref.proxy(v, lambda w: 0) is p)

lst = [3, 1, 2]


class L(list):
    pass


items = L([3, 1, 2])
pl = weakref.proxy(items)
print(type(pl).__name__, len(pl), pl[0], 2 in pl, 7 in pl, list(pl), sorted(pl), [x * 2 for x in pl])
pl[0] = 30
pl.append(4)
del pl[1]
print(items, pl.count(2), pl + [9], pl * 2)
pl += [5]
print(type(pl).__name__, pl is items)

d = {}


class D(dict):
    pass


dd = D(a=1)
pd = weakref.proxy(dd)
pd["b"] = 2
print(pd["a"], sorted(pd), len(pd), "b" in pd, pd.get("c", 0))
del pd["a"]
print(dd)


def twice(n, *, k=1):
    return n * 2 * k


pf = weakref.proxy(twice)
print(type(pf).__name__, pf(4), pf(4, k=3), pf.__name__)


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


c = Counter()
pc = weakref.proxy(c)
print(next(pc), list(pc))

del v, items, dd, c
for name, dead in (("attr", lambda: p.x), ("call", lambda: p(1)), ("add", lambda: p + 1),
                   ("radd", lambda: 1 + p), ("eq", lambda: p == 1), ("len", lambda: len(pl)),
                   ("item", lambda: pd["b"]), ("iter", lambda: iter(pl)), ("bool", lambda: bool(p)),
                   ("str", lambda: str(p)), ("contains", lambda: 1 in pl), ("setattr", lambda: setattr(p, "a", 1))):
    try:
        dead()
        print(name, "worked")
    except ReferenceError as e:
        print(name, "ReferenceError:", e)
print(repr(p).startswith("<weakproxy at "), repr(p).split()[3])
