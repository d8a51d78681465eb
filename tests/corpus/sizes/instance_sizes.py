import sys
# 3.11 instances keep their attributes inline (no __dict__ until asked for): 56 bytes with the GC header
class P:
    pass
class Q:
    def __init__(self):
        self.a = 1
        self.b = 2
    def m(self):
        return self.a
p = P()
q = Q()
print(sys.getsizeof(p), sys.getsizeof(q))
many = Q()
for name in ["c", "d", "e", "f", "g", "h"]:
    setattr(many, name, 0)
print(sys.getsizeof(many))
# bound methods: PyMethodObject, 48 + 16
print(sys.getsizeof(q.m), sys.getsizeof([].append), sys.getsizeof("".join))
print(sys.getsizeof(p))
def f():
    pass
def g(a, b=1, *args, **kw):
    return a
print(sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(lambda x: x))
