# collections.deque: appends and pops at both ends, extend, rotate, indexing, maxlen, repr, sizes.
import sys
from collections import deque
d = deque()
print(d, len(d), bool(d), sys.getsizeof(d))
d.append(1)
d.appendleft(0)
d.extend([2, 3])
d.extendleft("ab")
print(d, len(d), d[0], d[-1], d[2], list(d), list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d, d.count(1), d.index(2), 2 in d, 9 in d)
d[1] = "x"
del d[0]
print(d)
d.insert(1, "ins")
d.remove("x")
print(d)
d.reverse()
print(d, d.copy(), d.copy() == d, d.copy() is d)
d.clear()
print(d, len(d))
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    d.popleft()
except IndexError as e:
    print("IndexError:", e)
b = deque(range(10), maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend(range(5))
print(b)
b.extendleft([100, 200])
print(b)
print(deque("abc", 0), deque([1, 2], maxlen=5))
try:
    deque([], -1)
except ValueError as e:
    print("ValueError:", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1])["a"]
except TypeError as e:
    print("TypeError:", e)
for bad in ("v",):
    try:
        deque([1, 2]).remove(bad)
    except ValueError as e:
        print("ValueError:", e)
    try:
        deque([1, 2]).index(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    hash(deque())
except TypeError as e:
    print("TypeError:", e)
big = deque(range(200))
print(sys.getsizeof(big), len(big), big[100], big[-64], big[63], big[64], big[130])
for i in range(150):
    big.popleft()
print(sys.getsizeof(big), big[0], big[-1])
big.rotate(25)
print(big[0], big[-1], sys.getsizeof(big))
for n in (0, 1, 31, 32, 33, 64, 65, 100):
    print(n, sys.getsizeof(deque(range(n))), sys.getsizeof(deque(list(range(n)))))
x = deque()
sizes = []
for i in range(140):
    x.appendleft(i)
    sizes.append(sys.getsizeof(x))
print(sorted(set(sizes)))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([7]), deque([1]) == deque([1]), deque([1]) < deque([2]))
dd = deque([1, 2], maxlen=3)
dd += [3, 4]
print(dd)
dd *= 2
print(dd)
try:
    deque() + [1]
except TypeError as e:
    print("TypeError:", e)
print(type(iter(deque())).__name__, type(reversed(deque())).__name__, deque.__name__, deque.__module__)
it = iter(d := deque([1, 2, 3]))
next(it)
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
m = deque([[1], [2]])
print(sys.getrefcount(m[0]), m == deque([[1], [2]]), m != deque([[1]]), deque([1, 2, 3]).index(3, 1), deque([3, 1, 3]).index(3, 1))
