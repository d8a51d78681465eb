# Calling a built-in type: the types with a vectorcall in 3.11 (bool, float, list, tuple, set,
# frozenset, dict, range, enumerate, reversed, map, filter, super) take the arguments as they
# are; the others (int, str, zip, deque, the itertools types ...) get them in a tuple made by
# _PyObject_MakeTpCall, which holds one more reference to x while x's dunder runs.
import sys, collections, itertools

class X:
    def __iter__(self):
        print("  iter", sys.getrefcount(self))
        return iter([1, 2])
    def __int__(self):
        print("  int", sys.getrefcount(self))
        return 1
    def __float__(self):
        print("  float", sys.getrefcount(self))
        return 1.0
    def __bool__(self):
        print("  bool", sys.getrefcount(self))
        return True
    def __index__(self):
        print("  index", sys.getrefcount(self))
        return 1
    def __reversed__(self):
        print("  reversed", sys.getrefcount(self))
        return iter([])

x = X()
calls = [
    ("int", lambda: int(x)), ("float", lambda: float(x)), ("bool", lambda: bool(x)),
    ("list", lambda: list(x)), ("tuple", lambda: tuple(x)), ("set", lambda: set(x)),
    ("frozenset", lambda: frozenset(x)), ("enumerate", lambda: enumerate(x)),
    ("reversed", lambda: reversed(x)), ("map", lambda: map(len, x)), ("filter", lambda: filter(None, x)),
    ("zip", lambda: zip(x)), ("zip two", lambda: zip(x, x)), ("deque", lambda: collections.deque(x)),
    ("cycle", lambda: itertools.cycle(x)), ("islice", lambda: itertools.islice(x, 1)),
    ("product", lambda: itertools.product(x)), ("permutations", lambda: itertools.permutations(x)),
    ("chain", lambda: list(itertools.chain(x))),
]
for name, call in calls:
    print(name)
    call()
e = ValueError(x)
print(sys.getrefcount(x), sys.getrefcount(e.args), e.args[0] is x)
