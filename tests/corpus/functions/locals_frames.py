import sys
keep = []

def f():
    x = [1]
    keep.append(x)
    locals()
    raise ValueError("boom")

try:
    f()
except ValueError as e:
    tb = e.__traceback__
print(sys.getrefcount(keep[0]))
del tb
print(sys.getrefcount(keep[0]))

def g():
    y = [2]
    keep.append(y)
    l = locals()
    yield 1
    yield 2

it = g()
next(it)
print(sys.getrefcount(keep[1]))
del it
print(sys.getrefcount(keep[1]))

class D:
    def __del__(self):
        print("D freed")

def h():
    d = D()
    locals()
    print("leaving h")

h()
print("after h")

def k():
    d = D()
    ns = locals()
    print("leaving k")

k()
print("after k")
