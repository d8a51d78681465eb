# §1: objects the collector tracks carry a 16-byte GC header in front; getsizeof counts it.
import sys
class C:
    pass
def f():
    pass
tracked = [[], [1, 2], {}, {"a": 1}, (1, 2), set(), C(), f, frozenset([1])]
untracked = [0, 2 ** 100, 1.5, "abc", "", b"xy", None, True, range(3)]
for o in tracked:
    print(type(o).__name__, sys.getsizeof(o) - o.__sizeof__())
for o in untracked:
    print(type(o).__name__, sys.getsizeof(o) - o.__sizeof__())
