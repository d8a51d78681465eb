# Weakrefs and the cycle collector: weakrefs to garbage are cleared before anything is torn down;
# a callback runs only if its weakref is not garbage itself.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
ra = weakref.ref(a, lambda wr: print("callback a, dead:", wr() is None))
del a, b
print(ra() is not None)
print("collected", gc.collect())
print(ra())

# The weakref is part of the garbage: its callback is not called.
c = Node("c")
c.other = c
c.self_ref = weakref.ref(c, lambda wr: print("never called"))
del c
print("collected", gc.collect())

# A WeakValueDictionary whose value is in a cycle loses the entry at collection.
d = weakref.WeakValueDictionary()
e = Node("e")
e.other = e
d["e"] = e
del e
print(len(d))
print("collected", gc.collect())
print(len(d), list(d))

# finalize on an object in a cycle runs at collection.
f = Node("f")
f.other = f
weakref.finalize(f, print, "finalized f")
del f
print("collected", gc.collect())
print(gc.collect())
