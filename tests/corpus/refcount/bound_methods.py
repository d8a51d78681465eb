# A bound method holds its instance and its function.
import sys
class A:
    def m(self):
        return sys.getrefcount(self)
a = A()
print(sys.getrefcount(a))
print(a.m())
bm = a.m
print(sys.getrefcount(a))
bm2 = a.m
print(sys.getrefcount(a), bm is bm2, bm == bm2)
print(bm())
del bm, bm2
print(sys.getrefcount(a))
meths = [a.m for _ in range(3)]
print(sys.getrefcount(a))
meths.clear()
print(sys.getrefcount(a))
f = A.m
print(f(a), sys.getrefcount(a))
