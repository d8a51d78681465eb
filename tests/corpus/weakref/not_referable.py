# Objects whose type has no weaklist slot cannot be weakly referenced.
import weakref


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyList(list):
    pass


samples = [1, 2 ** 100, 1.5, "text", b"bytes", (1, 2), [1], {"a": 1}, None, True, object(),
           range(3), slice(1), Slotted(), MyInt(3), MyTuple((1,)), iter([1]), Ellipsis,
           NotImplemented, weakref.ref(len)]
for obj in samples:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(e)
    try:
        weakref.proxy(obj)
    except TypeError as e:
        print("proxy:", e)
    print(weakref.getweakrefcount(obj), weakref.getweakrefs(obj))

s = SlottedWeak()
r = weakref.ref(s)
print(r() is s, type(MyList()).__name__, weakref.ref(MyList([1]))())
print(Slotted.__weakrefoffset__, SlottedWeak.__weakrefoffset__, MyInt.__weakrefoffset__,
      MyList.__weakrefoffset__, MyTuple.__weakrefoffset__)
try:
    class Twice:
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print(e)
try:
    class Again(SlottedWeak):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(e)
