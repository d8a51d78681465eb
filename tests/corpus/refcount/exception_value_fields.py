# StopIteration.value and SystemExit.code are fields of their own (PyStopIterationObject,
# PySystemExitObject): each holds a reference besides the args tuple's, and they can be set apart.
import sys

x = object()
e = StopIteration(x)
print(sys.getrefcount(x), e.value is x, e.args[0] is x)
print(StopIteration().value, StopIteration(1, 2).value, sys.getsizeof(e), StopIteration.__basicsize__)
e.value = "changed"
print(e.value, e.args[0] is x)
del e.value
print(e.value)
del e
print(sys.getrefcount(x))

y = object()
s = SystemExit(y)
print(sys.getrefcount(y), s.code is y)
print(SystemExit().code, SystemExit(1, 2).code, sys.getsizeof(s), SystemExit.__basicsize__)
t = SystemExit(3, 4)
print(t.code is t.args)
s.code = 7
print(s.code, sys.getrefcount(y))
del s
print(sys.getrefcount(y))

def gen():
    yield 1
    return x

g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print(sys.getrefcount(x), stop.value is x, stop.args[0] is x)

def delegating():
    result = yield from gen()
    return result

d = delegating()
next(d)
try:
    next(d)
except StopIteration as stop:
    print(stop.value is x)

class MyStop(StopIteration):
    pass

m = MyStop(x, "extra")
print(m.value is x, sys.getrefcount(x), type(m).__basicsize__ >= 80)

class Custom(StopIteration):
    def __init__(self):
        pass

print(Custom().value)
try:
    raise SystemExit("bye")
except SystemExit as ex:
    print(ex.code)
try:
    class Both(StopIteration, SystemExit):
        pass
except TypeError as err:
    print("TypeError:", err)
