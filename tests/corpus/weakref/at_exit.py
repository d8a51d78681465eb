# At exit: atexit functions and finalize's atexit finalizers run first (newest first), then the
# globals are cleared. (Weakref callbacks of what dies with the globals are not shown: CPython
# clears __main__ in a collection, which drops the callbacks of weakrefs that die with it.)
import atexit
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def report(wr):
    print("never called")


first = Res("first")
second = Res("second")
f1 = weakref.finalize(first, print, "finalize first at exit")
f2 = weakref.finalize(second, print, "finalize second at exit")
atexit.register(print, "atexit registered before the last finalizer")
third = Res("third")
f3 = weakref.finalize(third, print, "finalize third at exit")
f3.atexit = False


def goodbye(name, punct="!"):
    print("goodbye", name + punct)


atexit.register(goodbye, "world", punct="?")
atexit.register(goodbye, "unregistered")
atexit.unregister(goodbye)
print(atexit.register(report) is report)
atexit.unregister(report)
print("script ends")
