# A generator function returns a generator; its body runs lazily on next().
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")

g = gen()
print(type(g).__name__, g.__name__)
print("created, nothing ran yet")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration:
    print("still exhausted")
print(list(gen()))
print(iter(g) is g)

def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)))
for v in countdown(3):
    print("v", v)
print(next(countdown(0), "default"))
