# Default values are held by the function; globals by the module dict.
import sys
default = [0]
print(sys.getrefcount(default))
def f(x=default):
    return x
print(sys.getrefcount(default))
def g(a=default, b=default):
    return a
print(sys.getrefcount(default))
del f
print(sys.getrefcount(default))
g.__defaults__ = None
print(sys.getrefcount(default))
def kwo(*, k=default):
    return k
print(sys.getrefcount(default))
kwo = None
print(sys.getrefcount(default))
glob = {"x": default}
print(sys.getrefcount(default), sys.getrefcount(glob))
