# collections.Counter: counting, most_common, update/subtract, multiset operators, comparisons, repr, subclass.
import sys
from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["zz"], len(c), c.most_common(2), c.most_common(), c.total(), sorted(c.elements()))
print(Counter(), Counter({"x": 2, "y": 0}), Counter(a=3, b=1), repr(Counter([1, 1, 2])), type(c).__name__, Counter)
c.update("aaz")
c.update({"b": 5})
print(c)
c.subtract(a=10, q=1)
print(c, +c, -c)
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=4)
print(d + e, d - e, d | e, d & e, d == Counter(b=1, a=3), Counter(a=1, b=0) == Counter(a=1), d != e, d <= d + e, d < d)
d += Counter(z=2)
print(d)
d -= Counter(a=5)
print(d)
print(sys.getsizeof(Counter()), isinstance(c, dict), list(Counter("cba")), dict(Counter("aab")), Counter("ab").copy())
del d["nope"]
print(d, Counter("hello").most_common(1), Counter.__mro__)
try:
    Counter.fromkeys("ab")
except NotImplementedError as ex:
    print(ex)
class MyC(Counter):
    pass
mc = MyC("aab")
print(mc, type(mc.copy()).__name__, type(mc + mc).__name__)
