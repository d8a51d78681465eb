# Weakrefs hash like their referents (the hash is kept after death) and compare by referent.
import weakref


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        print("hash", self.k)
        return hash(self.k)

    def __eq__(self, other):
        if not isinstance(other, Key):
            print("eq", self.k, "with", type(other).__name__)
            return NotImplemented
        print("eq", self.k, other.k)
        return self.k == other.k


a = Key(1)
b = Key(1)
c = Key(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(hash(ra) == hash(1), hash(ra) == hash(1))
print(ra == rb, ra != rb, ra == rc, ra != rc)
print(ra == a, ra == 1, ra != "x")
try:
    print(ra < rb)
except TypeError as e:
    print("TypeError:", e)
d = {ra: "a"}
print(d[rb])
del a
print(ra(), hash(ra) == hash(1))
print(ra == rb, ra != rb, ra == ra, ra != ra)
del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(rc)
except TypeError as e:
    print("TypeError again:", e)
print(rc == rc, rc == rb, rb == rb)

# Two live refs to equal objects are equal even with different callbacks; a ref equals a proxy's referent check.
x = Key(5)
y = Key(5)
r1 = weakref.ref(x, lambda wr: None)
r2 = weakref.ref(y)
print(r1 == r2, r1 is r2)
p = weakref.proxy(y)
print(r1 == p)

# Unhashable referent: the error comes from the referent.
lst_holder = {1}
rs = weakref.ref(lst_holder)
try:
    hash(rs)
except TypeError as e:
    print("TypeError:", e)
fs = frozenset({1, 2})
rfs = weakref.ref(fs)
print(hash(rfs) == hash(fs))
del fs
print(hash(rfs) == hash(frozenset({1, 2})))
