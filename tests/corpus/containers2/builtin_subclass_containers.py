# Classes derived from list, dict, set and frozenset: layout, operators, __missing__, super().
import sys
class L(list):
    def push(self, v):
        self.append(v)
        return self
l = L([1, 2])
l.push(3).push(4)
print(l, repr(l), type(l).__name__, len(l), l[1:3], type(l[1:3]).__name__, l + [5], type(l + [5]).__name__)
l += [9]
print(l, type(l).__name__, sys.getsizeof(L()), l == [1, 2, 3, 4, 9], [1] < l, L() == [])
l.x = 1
print(l.x, l.__dict__, sys.getsizeof(l) - sys.getsizeof(list(l)))
class Logged(list):
    def __init__(self, items, name):
        super().__init__(items)
        self.name = name
    def append(self, v):
        print("append", v)
        super().append(v)
g = Logged((1, 2), "g")
g.append(3)
print(g, g.name, list(reversed(g)))
class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, d, type(d).__name__, sys.getsizeof(D()))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for w in "abracadabra":
    c[w] += 1
print(c, sorted(c.items()), c == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1}, dict(c), type(c.copy()).__name__)
print(D.fromkeys("ab", 0), type(D.fromkeys("ab")).__name__, d | {"b": 2}, type(d | {"b": 2}).__name__)
class Init(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self["init"] = True
print(Init([("k", 1)], z=2), list(reversed(Init(x=1))))
class MySet(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
s = MySet([3, 1])
s.add_all(2, 5)
print(sorted(s), repr(MySet()), repr(MySet([7])), len(s), 5 in s, type(s | {9}).__name__, type(s & {1}).__name__)
s |= {10}
print(type(s).__name__, sorted(s), s == {1, 2, 3, 5, 10}, s > {1}, sys.getsizeof(MySet()), sys.getsizeof(set()))
class FS(frozenset):
    pass
fs = FS([1, 2])
print(repr(fs), repr(FS()), hash(fs) == hash(frozenset([1, 2])), type(fs | {3}).__name__, fs == {1, 2}, sys.getsizeof(fs))
print(repr(frozenset()), repr(frozenset([4])), {frozenset([1]): "x"}[FS([1])])
s2 = set([1, 2, 3, 4])
s2.intersection_update({2, 3, 9}, [3, 2])
print(s2)
s2.difference_update([3])
print(s2)
s2.symmetric_difference_update({2, 8})
print(s2)
