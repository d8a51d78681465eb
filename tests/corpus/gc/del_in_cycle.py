# __del__ in cycles (PEP 442): finalizers run once, before the cycle is broken; resurrection.
import gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "finalized:", gc.is_finalized(self))

gc.collect()
a = Noisy("a")
b = Noisy("b")
a.peer = b
b.peer = a
print("is_finalized before:", gc.is_finalized(a))
del a, b
print("collected:", gc.collect())

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("resurrecting", self.name)
        saved.append(self)

p = Phoenix("p")
del p
print("collected:", gc.collect())
print(len(saved), saved[0].name, gc.is_finalized(saved[0]))
saved.clear()
print("after clear:", gc.collect())
print(len(saved))

class Child:
    def __init__(self, parent):
        self.parent = parent
    def __del__(self):
        print("child del, parent is", self.parent.name)

class Parent:
    def __init__(self, name):
        self.name = name
        self.kids = [Child(self), Child(self)]
    def __del__(self):
        print("parent del", self.name, len(self.kids))

Parent("mum")
print("collected:", gc.collect())

class Raiser:
    def __init__(self):
        self.me = self
    def __del__(self):
        raise ValueError("boom")

Raiser()
print("collected:", gc.collect())
print("done")
