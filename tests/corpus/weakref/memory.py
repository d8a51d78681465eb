# Weak references are pymalloc blocks like other objects: their sizes, and freed ones' blocks
# reused by the next object of their size class.
import sys
import weakref


class Foo:
    pass


class Tagged(weakref.ref):
    __slots__ = ("tag",)


a = Foo()
b = Foo()
print(sys.getsizeof(weakref.ref(a)), sys.getsizeof(weakref.proxy(a)), sys.getsizeof(weakref.proxy(len)))
print(sys.getsizeof(Tagged(a)), sys.getsizeof(weakref.KeyedRef(a, None, "k")))
print(id(weakref.ref(a)) == id(weakref.ref(b)))
r = weakref.ref(a)
rid = id(r)
del r
print(id(weakref.ref(b)) == rid)
keep = weakref.ref(a, print)
print(id(keep) != rid)
del keep

# A weakref's block is 80 bytes (64 + GC header): a freed one is reused by another 80-byte object.
r = weakref.ref(b, print)
rid = id(r)
del r
p = weakref.proxy(b, print)
print(id(p) == rid)
del p
t = Tagged(b)
print(id(t) == rid)

# Clearing weakrefs frees nothing but the callbacks they held.
class Payload:
    def __del__(self):
        print("payload freed")


def make_callback():
    payload = Payload()
    return lambda wr: payload


c = Foo()
rc = weakref.ref(c, make_callback())
print("callback alive")
del c
print("referent gone, callback dropped")
print(rc.__callback__, rc())
