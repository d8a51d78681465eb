# A running generator holds no reference to itself: sys.getrefcount sees the caller's references
# only, whether it is resumed by next(), a for loop, send(), list() or yield from.
import sys

def watch():
    while True:
        got = yield sys.getrefcount(g)
        if got == "stop":
            return

g = watch()
print(next(g))
print(g.send(None))
for k, v in zip(range(3), g):
    print(k, v)
print(g.send(None))

def outer():
    r = yield from watch2()
    yield r

def watch2():
    yield sys.getrefcount(h)
    return sys.getrefcount(h)

h = outer()
print(list(h))

def selfish():
    yield sys.getrefcount(s2)
s2 = selfish()
print(list(s2))
print(sys.getrefcount(g), sys.getrefcount(h))
