# A variable captured by a closure lives in a cell: the cell holds the reference, not the frame.
import sys
def make():
    captured = [1, 2]
    def get():
        return captured
    return get, sys.getrefcount(captured)

g, inside = make()
print(inside)
val = g()
print(sys.getrefcount(val))
del g
print(sys.getrefcount(val))

def two_closures():
    shared = [0]
    def a():
        return shared
    def b():
        return shared
    return a, b
a, b = two_closures()
s = a()
print(sys.getrefcount(s))
del a
print(sys.getrefcount(s))
del b
print(sys.getrefcount(s))

def nl():
    v = [9]
    def setter():
        nonlocal v
        v = [10]
    first = v
    setter()
    return sys.getrefcount(first), v
print(nl())
