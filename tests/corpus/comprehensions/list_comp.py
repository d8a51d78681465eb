# List comprehensions with conditions, expressions and function calls.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, x % 2 == 0) for x in range(4)])
print([str(n) + "!" for n in [1, 22, 333]])
print([x if x > 0 else -x for x in [-3, 1, -1, 4]])
words = ["apple", "Bob", "cat", "Dog"]
print([w.upper() for w in words if w[0].islower()])
print([len(w) for w in words])
print([[0] * n for n in range(4)])
print([i for i in [] if i])
m = [[1, 2, 3], [4, 5, 6]]
print([row[1] for row in m], [sum(row) for row in m])
def f(x):
    return x * 2 + 1
print([f(f(x)) for x in (0, 1, 2)])
print(type([x for x in "ab"]).__name__)
