# gc.callbacks: called with the phase and an info dict around each collection.
import gc

log = []
def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.collect()
gc.callbacks.append(cb)
a = []
a.append(a)
del a
gc.collect()
gc.collect(0)
class X:
    pass
x = X()
x.me = x
del x
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
for entry in log:
    print(entry)
print(sorted(gc.callbacks) == [] and "removed")

def bad(phase, info):
    raise RuntimeError("callback failed")
gc.callbacks.append(bad)
gc.collect()
gc.callbacks.clear()
print("after failing callback")
