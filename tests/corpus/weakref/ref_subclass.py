# Classes derived from weakref.ref: extra state, their own __call__ and __eq__, and WeakMethod.
import sys
import weakref


class Foo:
    def meth(self, x):
        return ("meth", x)


class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag

    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)


class Plain(weakref.ref):
    pass


f = Foo()
t = Tagged(f, None, "first")
t2 = Tagged(f, tag="second")
basic = weakref.ref(f)
pl = Plain(f)
print(t is t2, t.tag, t2.tag, t() is f, type(t).__name__, isinstance(t, weakref.ref))
print(sys.getsizeof(t), sys.getsizeof(pl), Tagged.__basicsize__, Plain.__basicsize__, Plain.__weakrefoffset__)
print(weakref.getweakrefs(f)[0] is basic, len(weakref.getweakrefs(f)), hash(t) == hash(f), t == basic, t == t2)
pl.note = "dict"
print(pl.note, weakref.ref(pl)() is pl)
show = repr(t).replace(hex(id(t)), "T").replace(hex(id(f)), "F")
print(show)
print(t.__callback__, weakref.ref.__call__(t) is f)
k = weakref.KeyedRef(f, lambda wr: print("keyed callback", wr.key), "the key")
print(k.key, k() is f, sys.getsizeof(k))
try:
    weakref.KeyedRef(f)
except TypeError as e:
    print("TypeError:", e)

wm = weakref.WeakMethod(f.meth)
print(wm()(1), wm() == f.meth, wm() is f.meth, wm == weakref.WeakMethod(f.meth), hash(wm) == hash(f))
wm2 = weakref.WeakMethod(f.meth, lambda w: print("method died", w() is None))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del f
print(t(), t2(), pl(), wm(), t.tag, k.key)
print(t == t2, t == t, wm == wm)


class WithCall(weakref.ref):
    def __call__(self):
        obj = super().__call__()
        return "derefed " + type(obj).__name__


g = Foo()
wc = WithCall(g)
print(wc())
