# __length_hint__ of the built-in iterators, and what list() of an iterator allocates from it.
import sys
from itertools import repeat

def hint(it):
    return type(it).__length_hint__(it)

it = iter([1, 2, 3])
next(it)
print(hint(it), it.__length_hint__())
l = [1, 2]
it = iter(l)
l.clear()
print(hint(it))
print(hint(iter((1, 2, 3))), hint(iter(range(10))), hint(iter(range(0, 10, 3))))
s = {1, 2}
it = iter(s)
print(hint(it))
s.add(3)
print(hint(it))
print(hint(iter("héllo")), hint(iter("ascii")), hint(iter(b"bytes")))
print(hint(reversed([1, 2, 3])), hint(reversed((1, 2))), hint(reversed("abc")))
print(hint(repeat(1, 4)))
try:
    hint(repeat(1))
except TypeError as e:
    print("TypeError:", e)
print(list.__length_hint__ if hasattr(list, "__length_hint__") else "list has none")
print(type(iter([])).__length_hint__)
for it in [iter([1, 2, 3]), iter((1, 2, 3, 4, 5)), iter(range(9)), iter({1, 2, 3}), iter("abcdefg"),
           reversed([1, 2, 3, 4]), iter({"a": 1}.items()), repeat(0, 3), (x for x in range(3)),
           map(abs, [1, 2, 3]), iter(b"xyz")]:
    print(type(it).__name__, sys.getsizeof(list(it)))
for obj in [iter([1]), reversed([1]), iter("a"), repeat(1, 2)]:
    try:
        len(obj)
    except TypeError as e:
        print("TypeError:", e)

class Hinted:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
    def __length_hint__(self):
        print("hint asked, refcount of self", sys.getrefcount(self))
        return self.n

class Bad:
    def __iter__(self):
        return iter([1])
    def __length_hint__(self):
        return "x"

class Unsized:
    def __len__(self):
        raise TypeError("no")
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return NotImplemented

print(sys.getsizeof(list(Hinted(5))), sys.getsizeof([*Hinted(3)]), sys.getsizeof(sorted(Hinted(7))))
try:
    list(Bad())
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(list(Unsized())))
x = [0]
x.extend(iter([1, 2, 3, 4, 5]))
print(sys.getsizeof(x))
