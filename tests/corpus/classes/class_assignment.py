# obj.__class__ = C: the same layout is required, the inline values become a dict first
class P:
    def __init__(self, v):
        self.v = v
    def who(self):
        return "P", self.v
class Q:
    def __init__(self, v):
        self.w = 0
        self.v = v
    def who(self):
        return "Q", self.v, self.w
class S:
    __slots__ = ("a",)
q = Q(5)
print(q.who())
q.__class__ = P
print(q.who(), q.__dict__, type(q).__name__, isinstance(q, P))
q.z = 9
print(q.__dict__)
for bad in [1, S, int]:
    try:
        q.__class__ = bad
    except TypeError as e:
        print(e)
try:
    del q.__class__
except TypeError as e:
    print(e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)
import sys
print(sys.getrefcount(P) - sys.getrefcount(Q))
