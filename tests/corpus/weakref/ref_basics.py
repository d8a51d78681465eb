# weakref.ref: calling it gives the referent or None; the callback-less ref is shared.
import sys
import weakref


class Foo:
    pass


f = Foo()
r = weakref.ref(f)
print(type(r), type(r).__name__, type(r).__module__)
print(weakref.ref is weakref.ReferenceType, r() is f)
print(weakref.ref(f) is r, weakref.ref(f, None) is r)
cb = lambda wr: None
r2 = weakref.ref(f, cb)
print(r2 is r, r2() is f, r2.__callback__ is cb, r.__callback__)
print(weakref.getweakrefcount(f), len(weakref.getweakrefs(f)))
print(weakref.getweakrefs(f)[0] is r, weakref.getweakrefs(f)[1] is r2)
print(sys.getsizeof(r), r.__sizeof__(), weakref.ReferenceType.__basicsize__)
print(sys.getsizeof(r2), sys.getsizeof(weakref.proxy(f)))
print(f.__weakref__ is r)
del f
print(r(), r2(), r.__callback__, r2.__callback__)
print(weakref.getweakrefcount(r), weakref.getweakrefcount(1), weakref.getweakrefs("s"))

# The basic ref is made again once the old one is gone.
g = Foo()
a = weakref.ref(g)
aid = id(a)
del a
b = weakref.ref(g)
print(b() is g, weakref.getweakrefcount(g))

# Calling a weakref takes no arguments.
for call in (lambda: b(1), lambda: b(x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# Making one checks its arguments.
for make in (lambda: weakref.ref(), lambda: weakref.ref(g, None, 3), lambda: weakref.ref(g, callback=cb),
             lambda: weakref.proxy(), lambda: weakref.proxy(g, None, 1), lambda: weakref.getweakrefcount(),
             lambda: weakref.getweakrefs(1, 2)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(weakref.getweakrefcount(g))
