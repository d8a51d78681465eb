# Every kind of object CPython lets you weakly reference, and its __weakrefoffset__.
import sys
import weakref
import collections
import functools


class C:
    def method(self):
        return 1


def func():
    pass


def gen():
    yield 1


class E(Exception):
    pass


class S(set):
    pass


class D(dict):
    pass


class F(float):
    pass


class Str(str):
    pass


objs = [C(), func, C().method, len, [].append, sys, {1}, frozenset({2}), C, int, gen(), E("x"),
        S(), D(), F(1.5), Str("s"), collections.deque(), functools.partial(func), type]
for o in objs:
    r = weakref.ref(o)
    print(type(o).__name__, r() is o, type(o).__weakrefoffset__, weakref.getweakrefcount(o))

# A str subclass's characters are inline: weak references must not disturb them.
long_str = Str("0123456789" * 10)
rs = weakref.ref(long_str)
ps = weakref.proxy(long_str)
print(long_str == "0123456789" * 10, ps.count("9"), rs() is long_str, long_str.__weakref__ is rs)

for t in (int, object, C, E, S, D, F, Str, list, dict, tuple, set, frozenset):
    print(t.__name__, t.__weakrefoffset__, t.__basicsize__)

# The weakref dies with its referent, whatever the referent's type.
for make in (lambda: C(), lambda: (lambda: 0), lambda: C().method, lambda: {1, 2}, lambda: gen(),
             lambda: E(), lambda: S(), lambda: D(), lambda: F(2.5), lambda: collections.deque([1]),
             lambda: functools.partial(func, 1), lambda: Str("long text " * 20), lambda: Str("\u20ac" * 50)):
    o = make()
    r = weakref.ref(o, lambda wr: print("  callback", wr() is None))
    name = type(o).__name__
    del o
    print(name, r())
