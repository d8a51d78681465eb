# object.__sizeof__ is CPython's object___sizeof___impl, tp_basicsize + tp_itemsize * Py_SIZE(self),
# whatever self is; the types that define __sizeof__ in 3.11 (int, str, list, dict, set, frozenset,
# type, deque, OrderedDict, generator, code, itertools.product/permutations ...) have their own,
# which is what sys.getsizeof calls. (A generator's Py_SIZE is the word where its gi_code lies.)
import sys, collections, itertools

def gen():
    yield 1

class C:
    pass

class S:
    __slots__ = ("a", "b")

class I(int): pass
class T(tuple): pass
class L(list): pass
class St(str): pass
class F(float): pass
class B(bytes): pass
class D(dict): pass
class Dq(collections.deque): pass

def f():
    pass

types = [object, int, bool, float, str, bytes, tuple, list, dict, set, frozenset, type, range, slice,
         type(None), type(gen()), type(f), type(len), collections.deque,
         collections.OrderedDict, collections.defaultdict, itertools.product, itertools.permutations,
         itertools.count, ValueError, property, C, I, L, D]
for t in types:
    print(t.__name__, "__sizeof__" in t.__dict__, t.__sizeof__ is object.__sizeof__, t.__basicsize__, t.__itemsize__)
print(list.__sizeof__, set.__sizeof__, frozenset.__sizeof__, dict.__sizeof__)
print(type.__sizeof__, int.__sizeof__, str.__sizeof__, type(gen()).__sizeof__)
print(collections.deque.__sizeof__, collections.OrderedDict.__sizeof__, itertools.product.__sizeof__)
print(tuple.__sizeof__, bytes.__sizeof__, float.__sizeof__, bool.__sizeof__, object.__sizeof__)

values = [None, True, False, 0, 5, -5, 2 ** 30, -(2 ** 100), 1.5, "", "abc", "\xe9", "\u20ac" * 3, b"", b"xyz",
          (), (1, 2), [], [1, 2], list(range(10)), {}, {1: 2}, set(), {1, 2, 3}, frozenset({1}), range(3),
          slice(1, 2), C(), S(), I(7), I(0), I(-3), I(2 ** 70), T((1, 2, 3)), T(), L([1]), St("ab"), F(2.0),
          B(b"ab"), D(a=1), f, len, collections.deque([1, 2]), Dq([1]), collections.OrderedDict(a=1),
          collections.defaultdict(int), itertools.product([1], [2]), itertools.permutations([1, 2]),
          itertools.count(), ValueError("x"), property()]
for v in values:
    t = type(v)
    print(t.__name__, object.__sizeof__(v), t.__sizeof__(v), sys.getsizeof(v))

print(object.__sizeof__(C), type.__sizeof__(C), object.__sizeof__(C) == type.__sizeof__(C))
print(object.__sizeof__(S), object.__sizeof__(int), type.__sizeof__(int))
print(object.__sizeof__([1, 2]), list.__sizeof__([1, 2]), [1, 2].__sizeof__())
print(list.__sizeof__(L([1, 2])), dict.__sizeof__(D()), set.__sizeof__(set()), int.__sizeof__(I(1)))
g = gen()
print("__sizeof__" in type(f.__code__).__dict__, type(f.__code__).__sizeof__ is object.__sizeof__)
print(object.__sizeof__(g) == 152 + 8 * id(g.gi_code), g.__sizeof__() == type(g).__sizeof__(g))
for call in (lambda: object.__sizeof__(), lambda: list.__sizeof__(()), lambda: type.__sizeof__(5),
             lambda: [].__sizeof__(1)):
    try:
        call()
    except TypeError as e:
        print(e)
