# References held while list and tuple items are compared: list_contains, list.count, list.index,
# list.remove and list == list hold each item (list_richcompare both) while its __eq__ runs;
# tuple's contains, count and == compare the items as they are.
import sys

class E:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(" eq", self.name, sys.getrefcount(self), other.name, sys.getrefcount(other))
        return False
    __hash__ = None

e = E("e")
probe = E("probe")
l = [e]
t = (e,)
print("list in"); print(probe in l)
print("tuple in"); print(probe in t)
print("list count"); print(l.count(probe))
print("tuple count"); print(t.count(probe))
print("list index")
try:
    l.index(probe)
except ValueError:
    print("not found")
print("tuple index")
try:
    t.index(probe)
except ValueError:
    print("not found")
print("list remove")
try:
    l.remove(probe)
except ValueError:
    print("not found")
print("list =="); print(l == [probe])
print("tuple =="); print(t == (probe,))
print("list <"); print([probe] < [e] if False else [e] != [probe])
print("identity"); print(e in l, e in t, l.count(e), t.count(e), l == [e], t == (e,))

class Shrinker:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
victim = [1, 2, 3]
print(Shrinker(victim) in victim, victim)
victim = [Shrinker(None), 5]
victim[0].target = victim
print(victim == [1, 5], victim)
