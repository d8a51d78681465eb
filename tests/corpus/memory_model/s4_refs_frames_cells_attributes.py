# §4: frames' locals, cells and attributes each hold one reference.
import sys
class A:
    pass
obj = [0]
def frame_local():
    a = obj
    b = obj
    return sys.getrefcount(obj)
print(frame_local())
def make_cell():
    c = obj
    def inner():
        return c
    return inner
fns = [make_cell() for _ in range(3)]
print(sys.getrefcount(obj))
fns = None
inst = A()
inst.x = obj
inst.y = obj
print(sys.getrefcount(obj))
del inst
print(sys.getrefcount(obj))
