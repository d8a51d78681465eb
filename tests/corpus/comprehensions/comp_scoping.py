# A comprehension has its own scope: its loop variable does not leak.
x = "outer x"
squares = [x * x for x in range(4)]
print(x, squares)
i = 100
print([i for i in range(3)], i)

def f():
    n = 10
    return [n + k for k in range(3)]
print(f())

class C:
    base = 5
    items = [1, 2]
    doubled = [v * 2 for v in items]
    try:
        shifted = [v + base for v in items]
    except NameError as e:
        shifted = str(e)
print(C.doubled, C.shifted)

def closures():
    return [lambda: k for k in range(3)]
print([fn() for fn in closures()])
y = 7
print([y for _ in range(2)])
print([[k for k in range(k)] for k in range(3)])
