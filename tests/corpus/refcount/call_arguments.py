# Arguments of a call: positional, *args tuple, **kwargs dict, builtins vs Python functions.
import sys
obj = [1, 2]
def pos(x):
    return sys.getrefcount(x)
def star(*args):
    return sys.getrefcount(args[0])
def kw(**kwargs):
    return sys.getrefcount(kwargs["k"])
def kwonly(*, k):
    return sys.getrefcount(k)
def default(x=obj):
    return sys.getrefcount(x)
print(sys.getrefcount(obj))
print(pos(obj), star(obj), kw(k=obj), kwonly(k=obj))
print(star(*[obj]), kw(**{"k": obj}), default())
print(pos(x=obj), star(obj, obj))
print(sys.getrefcount(obj))
def two(a, b):
    return sys.getrefcount(a)
print(two(obj, obj), two(obj, None))
print(len(obj), sys.getrefcount(obj))
m = map(pos, [obj])
print(list(m), sys.getrefcount(obj))
