# Generator expressions are lazy; the first iterable is evaluated immediately.
def source(n):
    print("source called")
    for i in range(n):
        print("produce", i)
        yield i

g = (x * 10 for x in source(3))
print("genexpr created")
print(next(g))
print(list(g))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(tuple(c for c in "hey" if c != "e"))
pairs = list((i, j) for i in range(3) for j in range(i))
print(pairs)
try:
    (1 / x for x in 5)
except TypeError as e:
    print("TypeError:", e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("raised on demand:", e)
ge = (x for x in [])
print(type(ge).__name__, list(ge), list(ge))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, 0]))
