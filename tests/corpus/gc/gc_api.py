# The gc module's controls: thresholds, enable/disable, stats, freeze, referents and referrers.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 20, 30)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)

gc.collect()
print(gc.get_count())
before = [s["collections"] for s in gc.get_stats()]
gc.collect(0)
gc.collect(1)
gc.collect(1)
gc.collect()
after = [s["collections"] for s in gc.get_stats()]
print([a - b for a, b in zip(after, before)])
print(sorted(gc.get_stats()[0].keys()))

l = [1, 2, [3]]
inner = l[2]
print(gc.get_referents(l) == [[3], 2, 1] or gc.get_referents(l))
print(len(gc.get_referents(1)), len(gc.get_referents({"a": 1, "b": inner})))
refs = gc.get_referrers(inner)
print(len(refs), refs[0] is l)
d = {"key": inner}
print(sum(1 for r in gc.get_referrers(inner) if r is d))

class P:
    pass
p = P()
p.attr = inner
print(any(r is p for r in gc.get_referrers(inner)))
print(p in gc.get_referents(p) or type(p) in gc.get_referents(p))

gc.collect()
n = gc.get_freeze_count()
gc.freeze()
print(gc.get_freeze_count() > n, gc.get_count()[0])
gc.unfreeze()
print(gc.get_freeze_count())

objs = gc.get_objects()
print(any(o is l for o in objs), any(o is inner for o in objs))
print(any(o is l for o in gc.get_objects(2)))
mine = []
print(any(o is mine for o in gc.get_objects(0)))

for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect("x"),
            lambda: gc.get_objects(3), lambda: gc.get_objects(-1), lambda: gc.enable(1),
            lambda: gc.is_tracked(), lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
            lambda: gc.get_count(1), lambda: gc.collect(generation=1, x=2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(gc.collect(generation=2) >= 0)
