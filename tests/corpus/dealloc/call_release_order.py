# After a call to anything but a Python function, CPython 3.11's CALL releases the callable
# first and then the arguments in order, whether the call returned or raised.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

class Callable:
    def __init__(self, name):
        self.name = name
    def __call__(self, *args):
        print("called", self.name, len(args))
    def __del__(self):
        print("del callable", self.name)

class Raising(Callable):
    def __call__(self, *args):
        raise ValueError(self.name)

Callable("a")(D(1), D(2), D(3))
print("--")
print(len([D(4)]), D(5) is None, D(6) is not None)
print("--")
try:
    Raising("b")(D(7), D(8))
except ValueError as e:
    print("caught", e)
print("--")
def f(*a):
    return len(a)
print(f(D(9), D(10)))
print("--")
class Holder:
    def method(self, *args):
        return len(args)
    def __del__(self):
        print("del holder")
print(Holder().method(D(11), D(12)))
print("--")
isinstance(D(13), D(14).__class__)
print("--")
try:
    int(D(15), D(16))
except TypeError as e:
    print("caught", type(e).__name__)
print("--")
print(dict().get(D(17), D(18)) is None)
print("--")
try:
    {}.pop(D(19), D(20), D(21))
except TypeError as e:
    print("caught", e)
print("end")
