# When an instance dies: __del__ first (its weakrefs still alive), then the weakrefs are cleared
# and their callbacks run, then its attributes are released.
import weakref


class Attr:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  attr", self.name, "released")


class Obj:
    def __init__(self, name):
        self.name = name
        self.a = Attr(name + ".a")
        self.b = Attr(name + ".b")

    def __del__(self):
        print("  __del__", self.name, "ref alive:", refs[self.name]() is self,
              "count:", weakref.getweakrefcount(self))


class Plain:
    def __init__(self, name):
        self.a = Attr(name + ".a")


refs = {}
o = Obj("o")
refs["o"] = weakref.ref(o, lambda wr: print("  callback, attrs alive:", wr() is None))
print("del o")
del o

p = Plain("p")
rp = weakref.ref(p, lambda wr: print("  plain callback"))
print("del p")
del p


# A weakref made inside __del__ is cleared with the others, and its callback runs.
class MakesRef:
    def __del__(self):
        global late
        late = weakref.ref(self, lambda wr: print("  late callback"))
        print("  __del__ made a weakref", weakref.getweakrefcount(self))


m = MakesRef()
rm = weakref.ref(m, lambda wr: print("  early callback"))
print("del m")
del m
print("late dead:", late() is None)


# __del__ that resurrects the object: its weakrefs stay alive.
saved = []


class Phoenix:
    def __del__(self):
        print("  __del__ resurrects")
        saved.append(self)


ph = Phoenix()
rph = weakref.ref(ph, lambda wr: print("  phoenix callback"))
print("del ph")
del ph
print("resurrected:", rph() is saved[0])
saved.clear()
print("cleared again:", rph())


# Containers release their items after the container's own weakrefs are cleared.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  item", self.n)


def show_set():
    s = {Item(1)}
    r = weakref.ref(s, lambda wr: print("  set callback"))
    return r


print("set")
keep = show_set()
print("function")


def fn():
    pass


fn.attr = Item(2)
rf = weakref.ref(fn, lambda wr: print("  function callback"))
del fn
print("end")
