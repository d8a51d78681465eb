# WeakSet: members go away when they die.
import weakref


class M:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "M(%d)" % self.n


ms = [M(i) for i in range(5)]
s = weakref.WeakSet(ms[:3])
print(len(s), ms[0] in s, ms[4] in s, 1 in s, sorted(m.n for m in s))
s.add(ms[3])
s.add(ms[3])
print(len(s))
ms.pop(0)
print(len(s), sorted(m.n for m in s))
it = iter(s)
first = next(it)
ms.pop(0 if ms[0] is not first else 1)  # a member other than the one the iterator handed out dies
print(len(s._pending_removals), len(s))
rest = list(it)
print(len(rest) + 1, len(s._pending_removals), len(s))
del first, rest
s.discard(ms[0])
s.discard(M(9))
print(len(s))
try:
    s.remove(M(9))
except KeyError:
    print("KeyError")
t = weakref.WeakSet(ms)
print(len(t), len(s | t), len(t - s), len(t & s), len(t ^ s), s <= t, t >= s, s < t, s == t, s != t)
u = t.copy()
print(type(u).__name__, len(u), u == t, u.isdisjoint(weakref.WeakSet()))
p = u.pop()
print(p in t, p in u, len(u))
del p
u.clear()
print(len(u))
t -= s
print(len(t))
t |= s
print(len(t))
ms.clear()
print(len(s), len(t), list(s))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError:", e)
