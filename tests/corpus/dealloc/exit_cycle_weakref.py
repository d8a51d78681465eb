# A weakref callback on an object in a cycle: called when shutdown's collection frees the cycle.
import weakref

class Thing:
    pass

t = Thing()
t.me = t
ref = weakref.ref(t, lambda r: print("callback", r() is None))
del t
print("script ends")
