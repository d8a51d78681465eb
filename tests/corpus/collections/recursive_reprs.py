class A:
    def __init__(self):
        self.me = [self]
    def __repr__(self):
        return "A(" + repr(self.me) + ")"
try:
    print(repr(A()))
except RecursionError as e:
    print("RecursionError", e)
t = ([],)
t[0].append(t)
print(t)
class L(list):
    pass
l = L([1])
l.append(l)
print(l)
d = {}
d["self"] = d
print(d, d.keys(), d.values(), d.items())
from collections import defaultdict
dd = defaultdict(list)
dd["a"] = dd
print(dd)
from collections import deque, OrderedDict
q = deque([1, 2])
q.append(q)
print(q, deque([q]))
od = OrderedDict(a=1)
od["me"] = od
print(od, od.keys(), od.items())
s = [set(), frozenset()]
print(s)
nested = []
for i in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("RecursionError:", e)
