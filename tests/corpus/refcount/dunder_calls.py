# While a dunder runs, the slot that called it holds the function (lookup_maybe_method), and
# __getattr__/__getattribute__ are called bound (call_attribute), as in CPython 3.11.
import sys
class B:
    def __repr__(self):
        return str(sys.getrefcount(B.__repr__))
    def __len__(self):
        return sys.getrefcount(B.__len__)
    def __eq__(self, o):
        print("eq", sys.getrefcount(B.__eq__))
        return True
    def __hash__(self):
        return sys.getrefcount(B.__hash__)
    def __getitem__(self, k):
        return sys.getrefcount(B.__getitem__)
    def __call__(self):
        return sys.getrefcount(B.__call__)
    def __iter__(self):
        print("iter", sys.getrefcount(B.__iter__))
        return iter([])
    def __add__(self, o):
        return sys.getrefcount(B.__add__)
    def __bool__(self):
        print("bool", sys.getrefcount(B.__bool__))
        return True
    def __getattr__(self, name):
        return sys.getrefcount(B.__getattr__)
b = B()
print(repr(b), len(b), hash(b), b[0], b(), b + 1, b.zzz)
b == b
for _ in b: pass
if b: pass
class C:
    def __new__(cls, *a):
        print("new", sys.getrefcount(C.__new__))
        return super().__new__(cls)
    def __init__(self, *a):
        print("init", sys.getrefcount(C.__init__))
    def __del__(self):
        print("del", sys.getrefcount(C.__del__))
C()
