# Cycles through closures, bound methods, classes and generators.
import gc

gc.collect()

def make():
    def inner():
        return inner
    return inner

f = make()
del f
print("recursive closure:", gc.collect())

class C:
    def method(self):
        return 1

c = C()
c.m = c.method
del c
print("instance holding its bound method:", gc.collect())

def make_class():
    class Local:
        def hello(self):
            return "hi"
    return Local

K = make_class()
print(K().hello())
del K
print("a class:", gc.collect())

class Base:
    pass

class Derived(Base):
    x = 1

del Derived
print("a subclass:", gc.collect())

def gen():
    me = yield 1
    yield me

g = gen()
next(g)
g.send(g)
del g
print("generator holding itself:", gc.collect())

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    inc.self_ref = inc
    return inc

i = counter()
print(i(), i())
del i
print("closure with function attribute:", gc.collect())

class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

root = Tree()
for k in range(3):
    child = Tree(root)
    Tree(child)
del root, child
print("tree with parent links:", gc.collect())

e = None
try:
    raise ValueError("x")
except ValueError as exc:
    e = exc
del e
print("exception (traceback frame):", gc.collect())
