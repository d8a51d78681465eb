# Cycles and the collector: what reference counting cannot free, and how gc finds it.
# Run: ./minipy run examples/cycles_and_the_collector.py
# Each line prints what CPython 3.11 prints: gc.collect() returns how many unreachable
# objects it found, and __del__ shows when (and in what order) they are finalized.

import gc
import sys

gc.collect()                      # start from a clean heap

# 1. A list that contains itself: its refcount never reaches 0 on its own.
l = []
l.append(l)
print("self-referencing list, refcount:", sys.getrefcount(l) - 1)
del l                             # the name is gone, the list's own slot still holds it
print("collect() found:", gc.collect())

# 2. Two plain instances pointing at each other. In 3.11 their attributes live inline in the
#    object (no __dict__ object yet), so the cycle is just 2 objects...
class Node:
    pass

a, b = Node(), Node()
a.peer, b.peer = b, a
del a, b
print("two instances:", gc.collect())

# ...but once a program asks for __dict__, each instance has a dict object too: 4 objects.
a, b = Node(), Node()
a.peer, b.peer = b, a
print("dicts made:", len(a.__dict__) + len(b.__dict__))
del a, b
print("two instances with __dict__:", gc.collect())

# 3. Finalizers run once (PEP 442), before the cycle is broken.
class Noisy:
    def __init__(self, name):
        self.name = name
        self.me = self            # a cycle of one
    def __del__(self):
        print("  __del__", self.name)

Noisy("x")
print("after creating Noisy('x')")
print("collect() found:", gc.collect())

# 4. Generations: new container objects start in generation 0; survivors move up.
gc.collect()
survivor = [1, 2, 3]
print("in generation 0:", any(o is survivor for o in gc.get_objects(0)))
gc.collect(0)
print("after collect(0), in generation 1:", any(o is survivor for o in gc.get_objects(1)))
gc.collect(1)
print("after collect(1), in generation 2:", any(o is survivor for o in gc.get_objects(2)))

# 5. Atoms are never tracked; a dict is tracked only once it holds a container;
#    a tuple of atoms is untracked by the first collection that looks at it.
print("int tracked:", gc.is_tracked(42), " str tracked:", gc.is_tracked("text"))
d = {"n": 1}
print("dict of ints tracked:", gc.is_tracked(d))
d["list"] = []
print("dict holding a list tracked:", gc.is_tracked(d))
t = (1, 2, len("abc"))         # built at run time (a constant tuple is never tracked)
print("tuple of ints tracked:", gc.is_tracked(t))
gc.collect()
print("after a collection:", gc.is_tracked(t))

# 6. The collector tells you when it runs: gc.callbacks and the thresholds.
print("thresholds:", gc.get_threshold())
events = []
gc.callbacks.append(lambda phase, info: events.append((phase, info["generation"], info["collected"])))
junk = [[] for i in range(3)]
for item in junk:
    item.append(item)
del junk, item
gc.collect()
gc.callbacks.clear()
print("callback saw:", events)
