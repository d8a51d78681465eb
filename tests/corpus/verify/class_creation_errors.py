# Found by the heap verifier. A class statement that fails must leave nothing behind: the
# __slots__ tuple of a class whose base cannot have slots, the half-made class whose
# __qualname__ is not a str (run with -X dev -X gc-verify: every refcount is checked).
import gc
for i in range(2):
    try:
        class Bad(int):
            __slots__ = ("a",)
    except TypeError as e:
        print(e)
    try:
        class Q:
            __qualname__ = 5
    except TypeError as e:
        print(e)
    try:
        class QS(tuple):
            __slots__ = ("a", "b")
            __qualname__ = 7
    except TypeError as e:
        print(e)
print(gc.collect())
