# An exception in a callback is reported as unraisable; the other callbacks still run and the
# program goes on.
import weakref


class Foo:
    pass


def bad(wr):
    raise ValueError("callback failed")


def good(wr):
    print("good callback ran")


f = Foo()
r1 = weakref.ref(f, good)
r2 = weakref.ref(f, bad)
r3 = weakref.ref(f, good)
del f
print("still running")


def takes_none():
    print("never")


g = Foo()
r4 = weakref.ref(g, takes_none)
del g
print("wrong signature reported")

try:
    h = Foo()
    r5 = weakref.ref(h, bad)
    del h
    print("in try: no exception reached here")
except ValueError:
    print("never caught")
print("end")
