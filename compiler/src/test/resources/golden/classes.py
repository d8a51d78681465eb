import sys

def deco(f):
    return f

@deco
class A(object, metaclass=type):
    """doc"""
    x = 1
    def __init__(self, v):
        super().__init__()
        self.v = v
    @staticmethod
    def s(*args, **kwargs):
        return args, kwargs
    def m(self):
        return __class__

class B(A):
    def g(self):
        y = self.x
        class C:
            z = y
            def h(self):
                return y
        return C

def outer():
    n = 0
    def inc(k=1, *, step=2):
        nonlocal n
        n += k * step
        return n
    return inc
print(A(1).m(), B.s(1, 2, a=3), sys.argv)
