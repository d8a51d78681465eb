# Cycles of built-in containers whose deletion releases objects outside the collected generation:
# their finalizers run in the middle of delete_garbage, and may allocate, look at the collector
# and drop more objects.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        junk = [[i] for i in range(30)]
        print("del", self.name, len(junk), gc.is_tracked(junk), gc.isenabled())
        print("  tracked lists in gen 0 now:", len([o for o in gc.get_objects(0) if type(o) is list]) > 0)


gc.collect()
old = Noisy("old-1")
old2 = Noisy("old-2")
gc.collect()  # both now in the oldest generation
gc.disable()

a = ["a"]
b = ["b", a]
a.append(b)
a.append(old)
d = {"self": None, "n": old2}
d["self"] = d
t = (d, [a])
del old, old2, a, b, d, t
print("collect(0):", gc.collect(0))

# the same with the collector finding dicts, tuples and lists only, nothing external
x = [1]
y = {"x": x}
x.append(y)
z = (x, y, [x, y])
x.append(z)
del x, y, z
print("collect(0):", gc.collect(0))

# a chain: deleting one cycle frees another object whose finalizer makes a new cycle
class Maker:
    def __del__(self):
        global made
        l = []
        l.append(l)
        made = len(l)
        print("maker ran")


gc.collect()
m = Maker()
gc.collect()
c = [m]
c.append(c)
del m, c
print("collect(0):", gc.collect(0), made)
print("collect(0):", gc.collect(0))
gc.enable()
print("end")
