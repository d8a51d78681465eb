# Cycles through OrderedDicts (its items, its nodes' keys, the instance dict of a subclass, its
# iterators and views) are found and broken by the collector (odict_traverse, odict_tp_clear).
import gc
from collections import OrderedDict

gc.collect()

od = OrderedDict()
od["self"] = od
del od
print("self-referencing OrderedDict:", gc.collect())


class Key:
    def __init__(self):
        self.od = None

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return self is other


k = Key()
od = OrderedDict()
od[k] = 1
k.od = od
del k, od
print("through a key:", gc.collect())


class Sub(OrderedDict):
    pass


s = Sub(a=1)
s.me = s
del s
print("subclass, through its __dict__:", gc.collect())

od = OrderedDict(a=1, b=2)
it = iter(od)
od["it"] = it
del od, it
print("through an iterator:", gc.collect())

od = OrderedDict(a=1)
od["v"] = od.values()
del od
print("through a view:", gc.collect())

a = OrderedDict()
b = OrderedDict(a=a)
a["b"] = b
a.move_to_end("b", last=False)
del a, b
print("two OrderedDicts:", gc.collect())
print("nothing left:", gc.collect())
