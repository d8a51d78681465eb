# DEBUG_SAVEALL keeps what the collector found in gc.garbage instead of freeing it.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = [1]
a.append(a)
d = {"x": 1}
d["self"] = d
del a, d
print(gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
print(len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
