# Reference cycles through lists, dicts, tuples and instances: what gc.collect() finds.
import gc

gc.collect()
print("nothing to find:", gc.collect())

l = []
l.append(l)
del l
print("self-referencing list:", gc.collect())

d = {}
d["me"] = d
del d
print("self-referencing dict:", gc.collect())

a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())

x = []
t = (x, 1, "s")
x.append(t)
del x, t
print("list and tuple:", gc.collect())

class Node:
    pass

n1 = Node()
n2 = Node()
n1.other = n2
n2.other = n1
del n1, n2
print("two plain instances:", gc.collect())

n1 = Node()
n2 = Node()
n1.other = n2
n2.other = n1
print(len(n1.__dict__), len(n2.__dict__))
del n1, n2
print("two instances with __dict__:", gc.collect())

ring = [Node() for i in range(10)]
for i in range(10):
    ring[i].next = ring[(i + 1) % 10]
del ring
print("ring of ten:", gc.collect())

keep = []
keep.append(keep)
print("still referenced:", gc.collect())
print(keep[0] is keep)

s = set()
class Holder:
    pass
h = Holder()
h.s = s
s.add(h)
del s, h
print("set and instance:", gc.collect())
print("again:", gc.collect())
