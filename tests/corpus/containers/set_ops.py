# Sets of small ints: operators, methods, frozenset.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference({1, 9}))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.issubset(range(10)), a.isdisjoint({8, 9}))
s = set()
s.add(5)
s.add(5)
s.update([1, 2], (3,))
print(s, len(s))
s.discard(100)
s.remove(1)
print(s, 2 in s, 1 in s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
f = frozenset([3, 1, 2])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): "ok"}[frozenset([1])])
c = a.copy()
c &= {1, 2, 10}
print(c)
c |= {20}
c -= {1}
c ^= {2, 30}
print(c, set([0, 0, 0]), set(range(5)))
print(s.pop() in {2, 3, 5}, len(s))
