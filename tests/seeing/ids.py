# id() values, reprs and identity hashes of objects of every kind of memory: pools, raw blocks
# (objects over 512 bytes), static objects, types; the same on every run under -X deterministic-ids.
import sys


class C:
    pass


values = [[1, 2], {'k': 1}, C(), 'x' * 600, tuple(range(100)), None, 7, int, 2 ** 100, 1.5, len]
for v in values:
    print(type(v).__name__, id(v), hash(v) if type(v) is C else '')
print(repr(values[2]))
bulk = [C() for i in range(30000)]
print(id(bulk[0]), id(bulk[-1]))
del bulk
sys._heapmap('heap.svg')
