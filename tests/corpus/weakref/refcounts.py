# Weak references add nothing to their referent's count; what holds what is as in CPython.
import sys
import weakref


class Foo:
    pass


f = Foo()
print(sys.getrefcount(f))
r = weakref.ref(f)
p = weakref.proxy(f)
rs = [weakref.ref(f, lambda w: None) for i in range(3)]
print(sys.getrefcount(f), sys.getrefcount(r), sys.getrefcount(p))
again = weakref.ref(f)
print(sys.getrefcount(r), again is r)
lst = weakref.getweakrefs(f)
print(len(lst), sys.getrefcount(r), sys.getrefcount(rs[0]))
del lst
print(sys.getrefcount(r))
obj = r()
print(sys.getrefcount(f))
del obj
m = p.__class__
print(m is Foo, sys.getrefcount(f))


def cb(wr):
    print("in callback: weakref count", sys.getrefcount(wr))


g = Foo()
keep = weakref.ref(g, cb)
print(sys.getrefcount(keep))
del g
print(sys.getrefcount(keep), sys.getrefcount(cb))

# A WeakValueDictionary holds its values through KeyedRefs.
d = weakref.WeakValueDictionary()
v = Foo()
d["k"] = v
print(sys.getrefcount(v), sys.getrefcount(d), weakref.getweakrefcount(v), weakref.getweakrefcount(d))
kr = d.data["k"]
print(type(kr).__name__, kr.key, sys.getrefcount(kr), kr() is v, sys.getrefcount(d._remove))
del kr
w = weakref.WeakKeyDictionary()
k = Foo()
w[k] = v
print(sys.getrefcount(k), sys.getrefcount(v), weakref.getweakrefcount(k))
ws = weakref.WeakSet([k])
print(sys.getrefcount(k), weakref.getweakrefcount(k), weakref.getweakrefcount(ws))
del k
print(len(w), len(ws))
del v
print(len(d), list(d.keys()))
