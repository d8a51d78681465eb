from collections import defaultdict, deque
dd = defaultdict(list, {"a": 1})
print({} | dd)
print({"z": 0} | dd)
print(dd | {"b": 2})
x = {"q": 1}
x |= dd
print(type(x).__name__, x)
d2 = defaultdict(int)
d2 |= {"k": 5}
print(d2)
class MyDict(dict):
    pass
m = MyDict(a=1)
print(type(m | {}).__name__, type({} | m).__name__)
print(type(dd | m).__name__, type(m | dd).__name__)
q = deque([1, 2])
q.append(q)
print(q)
print(repr(deque([deque([1])])))
l = [1]
l.append(l)
print(l)
import sys
d = {"a": 1}
print(d.__or__({"b": 2}), d.__ror__({"c": 3}), d.__or__(5), d.__eq__({"a": 1}), d.__lt__(d))
print(list(d.__iter__()), d.__repr__(), d.__sizeof__() == sys.getsizeof(d) - 16)
e = d.__ior__({"z": 0})
print(e is d, d)
class D(dict):
    def __or__(self, other):
        return "custom " + repr(super().__or__(other))
print(D(a=1) | {"b": 2}, {"b": 2} | D(a=1))
