# OrderedDict is weakly referable (od_weakreflist): its references are cleared, and their
# callbacks run, when it dies, by refcount or by the collector; so are a subclass's.
import gc
import weakref
from collections import OrderedDict


class OD(OrderedDict):
    pass


print(OrderedDict.__weakrefoffset__ > 0, OD.__weakrefoffset__ == OrderedDict.__weakrefoffset__)

od = OrderedDict(a=1, b=2)
r = weakref.ref(od, lambda ref: print("callback, referent is", ref()))
p = weakref.proxy(od)
print(r() is od, weakref.getweakrefcount(od), list(p), p["b"], len(p))
del od
print("after del:", r())
try:
    len(p)
except ReferenceError as e:
    print("ReferenceError:", e)

sub = OD(x=1)
rs = weakref.ref(sub, lambda ref: print("subclass callback"))
sub.attr = "kept in the instance dict"
del sub
print("subclass after del:", rs())

cyc = OrderedDict()
cyc["self"] = cyc
rc = weakref.ref(cyc, lambda ref: print("cycle callback"))
del cyc
print("before collect:", rc() is not None)
gc.collect()
print("after collect:", rc())

values = weakref.WeakValueDictionary()
keep = OrderedDict(k=1)
values["kept"] = keep
values["gone"] = OrderedDict(k=2)
print(sorted(values.keys()))
