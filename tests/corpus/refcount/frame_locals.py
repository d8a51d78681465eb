# Local variables of a frame each hold a reference while the frame is alive.
import sys
def one_local():
    a = [1]
    return sys.getrefcount(a)

def three_names():
    a = [1]
    b = a
    c = a
    return sys.getrefcount(a)

def param(p):
    return sys.getrefcount(p)

def param_and_local(p):
    q = p
    return sys.getrefcount(p)

def deleted_local():
    a = [1]
    b = a
    del b
    return sys.getrefcount(a)

def rebound_local():
    a = [1]
    b = a
    b = None
    return sys.getrefcount(a)

print(one_local(), three_names(), deleted_local(), rebound_local())
obj = [0]
print(param(obj), param_and_local(obj), sys.getrefcount(obj))
def outer(o):
    def inner(o2):
        return sys.getrefcount(o2)
    return inner(o)
print(outer(obj), sys.getrefcount(obj))
print(param([5]), param_and_local([5]))
