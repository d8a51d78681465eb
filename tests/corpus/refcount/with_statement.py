# BEFORE_WITH replaces the manager by its bound __exit__ and releases it before __enter__ runs;
# the exit call at the end of the block calls the bound __exit__ as it is (3.11's PRECALL 2).
import sys

class M:
    def __enter__(self):
        print("enter", sys.getrefcount(M.__enter__), sys.getrefcount(self))
        return self
    def __exit__(self, *a):
        print("exit", sys.getrefcount(M.__exit__), sys.getrefcount(self), a[0])
        return True

m = M()
with m:
    pass
with m as x:
    print("body", sys.getrefcount(m))
with m:
    raise ValueError("swallowed")

class Bad:
    def __enter__(self):
        raise KeyError("enter")
    def __exit__(self, *a):
        print("not called")
b = Bad()
try:
    with b:
        pass
except KeyError as e:
    print("KeyError", e, sys.getrefcount(b))

def f():
    with M():
        return 1
for i in range(300):
    r = f()
print(r)
