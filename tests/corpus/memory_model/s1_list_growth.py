# §1: list over-allocation while appending follows CPython's growth pattern.
import sys
lst = []
sizes = []
for i in range(40):
    sizes.append(sys.getsizeof(lst))
    lst.append(i)
print(sizes)
changes = []
prev = None
for i in range(200):
    s = sys.getsizeof(lst)
    if s != prev:
        changes.append((len(lst), s))
        prev = s
    lst.append(i)
print(changes)
print(sys.getsizeof(list(range(10))), sys.getsizeof([0] * 10), sys.getsizeof([x for x in range(10)]))
