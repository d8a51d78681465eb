# A generator's frame keeps its arguments and locals alive until it finishes or is dropped.
import sys
obj = [1]
def gen(x):
    yield sys.getrefcount(x)
    y = x
    yield sys.getrefcount(x)
print(sys.getrefcount(obj))
g = gen(obj)
print(sys.getrefcount(obj))
print(next(g))
print(next(g))
print(sys.getrefcount(obj))
print(next(g, "done"), sys.getrefcount(obj))
g2 = gen(obj)
next(g2)
print(sys.getrefcount(obj))
g2.close()
print(sys.getrefcount(obj))
g3 = gen(obj)
del g3
print(sys.getrefcount(obj))
ge = (v for v in [obj])
print(sys.getrefcount(obj))
print(sys.getrefcount(next(ge)))
del ge
print(sys.getrefcount(obj))
