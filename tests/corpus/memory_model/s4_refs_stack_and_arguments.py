# §4: the value stack and the arguments of a call hold references.
import sys
obj = [0]
print(sys.getrefcount(obj))
print([obj, obj, sys.getrefcount(obj)][2])
def py_func(x):
    return sys.getrefcount(x)
def py_func2(x, y):
    return sys.getrefcount(x)
print(py_func(obj))
print(py_func2(obj, obj))
def star(*a):
    return sys.getrefcount(a[0])
print(star(obj))
print(sys.getrefcount(obj))
