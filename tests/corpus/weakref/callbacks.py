# Callbacks run when the referent dies: the newest weakref's first, each with its (dead) weakref.
import sys
import weakref


class Foo:
    pass


def tracer(name):
    def cb(wr):
        print("callback", name, wr() is None, wr.__callback__, weakref.getweakrefcount(wr) if False else "")
    return cb


f = Foo()
r1 = weakref.ref(f, tracer(1))
basic = weakref.ref(f)
r2 = weakref.ref(f, tracer(2))
p = weakref.proxy(f)
r3 = weakref.ref(f, tracer(3))
p4 = weakref.proxy(f, tracer(4))
print([type(w).__name__ for w in weakref.getweakrefs(f)])
print(weakref.getweakrefs(f)[0] is basic, weakref.getweakrefs(f)[1] is p, weakref.getweakrefs(f)[2] is p4)
print("deleting")
del f
print("deleted", basic(), r1(), weakref.getweakrefcount(r1))

# A callback is not called when its weakref died first.
g = Foo()
r = weakref.ref(g, tracer("never"))
del r
del g
print("no callback")

# One weakref with a callback: the callback holds the only reference to something.
class Payload:
    def __del__(self):
        print("payload freed")


def make(obj):
    payload = Payload()
    return weakref.ref(obj, lambda wr: print("closure sees", type(payload).__name__))


h = Foo()
rh = make(h)
print("before")
del h
print("after", rh.__callback__)

# The callback's reference count while it is registered.
def counted(wr):
    pass


before = sys.getrefcount(counted)
k = Foo()
rk = weakref.ref(k, counted)
print(sys.getrefcount(counted) - before)
del k
print(sys.getrefcount(counted) - before)

# A callback sees the weakref, which is still registered nowhere; it may make new weakrefs.
class Node:
    pass


keep = []


def resurrect_ref(wr):
    n = Node()
    keep.append(n)
    keep.append(weakref.ref(n, lambda w: print("second-level callback")))
    print("made a new weakref", weakref.getweakrefcount(n))


m = Node()
rm = weakref.ref(m, resurrect_ref)
del m
print("kept", len(keep))
keep.clear()
print("cleared keep")
