# What making classes, instances and calls allocates, as gc.get_count() sees it from a clean
# state (a full collection leaves count 0 and every free list empty).
import gc
import sys
import weakref


def delta(f):
    gc.collect()
    before = gc.get_count()[0]
    f()
    return gc.get_count()[0] - before


def plain_class():
    class A:
        pass
    return A


def class_with_method():
    class B:
        def __init__(self, v):
            self.v = v
    return B


class Node:
    def __init__(self, value):
        self.value = value


def one_instance():
    Node(1)


def instance_keywords():
    Node(value=1)


def function_def():
    def f():
        pass
    return f


print("class:", delta(plain_class))
print("class with a method:", delta(class_with_method))
print("instance:", delta(one_instance))
print("instance, keyword argument:", delta(instance_keywords))
print("def:", delta(function_def))

# each class is weakly referenced from its base's __subclasses__ table
class C:
    pass
class D(C):
    pass
print(weakref.getweakrefcount(C), weakref.getweakrefcount(D))
r = weakref.ref(D)
print(weakref.getweakrefcount(D), weakref.getweakrefs(D)[0] is r)


# the arguments of a class call are in a tuple while __init__ runs
class Probe:
    def __init__(self, x):
        self.seen = sys.getrefcount(x)


def f(x):
    return sys.getrefcount(x)


class KeywordProbe:
    def __init__(self, x=None):
        self.seen = sys.getrefcount(x)


o = object()
print(Probe(o).seen - f(o), KeywordProbe(x=o).seen - f(o))
