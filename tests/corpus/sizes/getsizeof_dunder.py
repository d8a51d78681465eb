# sys.getsizeof calls the object's __sizeof__ (looked up on its type and bound), checks it, and
# adds the GC header for tracked types; a TypeError gives way to the default argument.
import sys

class M:
    def __sizeof__(self):
        print("sizeof", sys.getrefcount(M.__sizeof__), sys.getrefcount(self))
        return 10

class Plain:
    pass

class L(list):
    def __sizeof__(self):
        return 1000 + super().__sizeof__()

class Negative:
    def __sizeof__(self):
        return -1

class NotInt:
    def __sizeof__(self):
        return "big"

class Huge:
    def __sizeof__(self):
        return 2 ** 70

print(sys.getsizeof(M()), sys.getsizeof(Plain()), sys.getsizeof(L([1, 2, 3])))
print(sys.getsizeof(5), sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof("abc"))
for cls in (Negative, NotInt, Huge):
    try:
        print(sys.getsizeof(cls()))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(sys.getsizeof(NotInt(), "default"), sys.getsizeof(Negative.__new__(Negative) if False else 1, 7))
try:
    sys.getsizeof(Negative(), 0)
except ValueError as e:
    print("ValueError", e)
a = 1000
b = [sys.getsizeof(a) for i in range(3)]
print(b, sys.getrefcount(a))
