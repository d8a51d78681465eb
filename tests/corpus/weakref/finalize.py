# weakref.finalize: called at most once, when the object dies, when called, or at exit.
import weakref


class Res:
    def __init__(self, name):
        self.name = name


def cleanup(*args, **kwargs):
    print("cleanup", args, sorted(kwargs.items()))
    return "result"


def show(f, **objs):
    text = repr(f).replace(hex(id(f)), "F")
    for k, o in objs.items():
        text = text.replace(hex(id(o)), k)
    print(text)


a = Res("a")
fa = weakref.finalize(a, cleanup, "a", 1, key="v")
print(fa.alive, fa.atexit, fa.peek()[0] is a, fa.peek()[2:], type(fa.peek()[1]).__name__)
show(fa, O=a)
print("del a")
del a
print(fa.alive, fa.peek(), fa.detach(), fa())
show(fa)

b = Res("b")
fb = weakref.finalize(b, cleanup, "b")
print(fb(), fb.alive, fb(), fb.alive)
del b
print("b gone, nothing more")

c = Res("c")
fc = weakref.finalize(c, cleanup, "c")
obj, func, args, kwargs = fc.detach()
print(obj is c, func is cleanup, args, kwargs, fc.alive, fc.detach())
del obj, c
print("detached: no call")

# Finalizers still alive at exit run then, newest first, unless atexit is False.
d1 = Res("d1")
d2 = Res("d2")
d3 = Res("d3")
f1 = weakref.finalize(d1, cleanup, "exit 1")
f2 = weakref.finalize(d2, cleanup, "exit 2")
f3 = weakref.finalize(d3, cleanup, "not at exit")
f3.atexit = False
print(f1.atexit, f3.atexit)


def failing():
    raise RuntimeError("finalizer failed")


e = Res("e")
fe = weakref.finalize(e, failing)
try:
    fe()
except RuntimeError as err:
    print("RuntimeError:", err)
print(fe.alive)
g = Res("g")
fg = weakref.finalize(g, failing)
del g
print("error in a finalizer at death is reported, not raised")


class Holder:
    def __init__(self):
        self.res = Res("held")
        weakref.finalize(self, print, "holder finalized")


h = Holder()
del h
try:
    weakref.finalize(1, print)
except TypeError as err:
    print("TypeError:", err)
print("end of script")
