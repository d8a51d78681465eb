# Returned objects: a function's result is a new reference handed to the caller.
import sys
def make():
    return [1, 2, 3]
def passthrough(x):
    return x
def stash(x, store=[]):
    store.append(x)
    return x
r = make()
print(sys.getrefcount(r))
p = passthrough(r)
print(sys.getrefcount(r))
print(sys.getrefcount(passthrough(r)))
s = stash(r)
print(sys.getrefcount(r))
print(sys.getrefcount(make()))
def pair(x):
    return x, x
t = pair(r)
print(sys.getrefcount(r), sys.getrefcount(t))
del t
print(sys.getrefcount(r))
def via_local():
    local = make()
    return local
v = via_local()
print(sys.getrefcount(v))
