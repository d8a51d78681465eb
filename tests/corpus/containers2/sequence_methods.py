# list/tuple/set methods: index with start/stop, argument errors, comparisons, 'in' with NaN and identity, += with iterables, *=, slice assignment sizes, sort, set algebra.
import sys
a = [3, 1, 2, 3]
print(a.index(3), a.index(3, 1), a.index(3, -1), a.index(1, 0, 2))
for args in ((9,), (3, 1, 2), (1, 2)):
    try:
        print(a.index(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    a.index()
except TypeError as e:
    print(e)
try:
    a.remove(9)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
try:
    a.insert(1)
except TypeError as e:
    print(e)
try:
    a.append()
except TypeError as e:
    print(e)
try:
    a.count()
except TypeError as e:
    print(e)
b = [1, 2]
b.insert(-10, 0); b.insert(100, 9); print(b)
nan = float("nan")
l = [nan]
print(nan in l, l == l, [nan] == [nan], l.count(nan), l.index(nan), (nan,) == (nan,), nan in (nan,))
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], (1, 2) <= (1, 2), [] < [0], (2,) > (1, 9), [1, [2]] == [1, [2]])
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print(e)
try:
    (1,) < ("a",)
except TypeError as e:
    print(e)
print([1] == (1,), [1] != (1,), () == (), [] == [], 1 in [True], 2 in (1.0, 2.0), "a" in ["a"], [] in [[]])
x = [1, 2, 3]
x += (4, 5)
x += "ab"
x += range(2)
x += {9: 0}
print(x)
try:
    x += 5
except TypeError as e:
    print(e)
y = [1, 2]
yid = id(y)
y *= 3
print(y, id(y) == yid)
y *= 0
print(y, sys.getsizeof(y))
z = [0] * 10
print(sys.getsizeof(z))
del z[2:5]
print(z, sys.getsizeof(z))
z[1:1] = range(20)
print(len(z), sys.getsizeof(z))
z[::2] = [7] * 14
print(z)
try:
    z[::2] = [1]
except ValueError as e:
    print(e)
del z[::3]
print(z, sys.getsizeof(z))
print(a.copy(), a[:], a[::-1], list(reversed(a)), a * 0, [] * 5)
c = [5, 3, 9, 1]
c.sort(reverse=True); print(c)
c.sort(key=lambda v: -v); print(c)
print(sorted(c), c.reverse(), c)
try:
    c.sort(1)
except TypeError as e:
    print(e)
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
t = (1, 2, 3, 2)
print(t.index(2), t.index(2, 2), t.count(2))
try:
    t.index(7)
except ValueError as e:
    print(e)
try:
    t.index(2, 4)
except ValueError as e:
    print(e)
s = {1, 2, 3}
print(s.issubset([1, 2, 3, 4]), s.issuperset([1]), s.isdisjoint([7]), s.union([4], (5,)), s.intersection([1, 2], [2]), s.difference([1], [2]), s.symmetric_difference([3, 4]))
print(s <= {1, 2, 3}, s < {1, 2, 3}, s ^ {1}, s - {2}, s & {2, 5}, s | frozenset([7]), frozenset([1]) | {2})
try:
    s | [1]
except TypeError as e:
    print(e)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
print(len(s.copy()), s.copy() == s, frozenset(s).copy(), set.union(s, [8]))
print(sys.getsizeof(set(range(10))), sys.getsizeof({1, 2, 3}), sys.getsizeof(frozenset(range(100))))
