import sys

class Temp:
    scale = 'C'
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('set', v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleted')
        del self._c
    @property
    def ro(self):
        return 'read only'
    @staticmethod
    def helper(x):
        return x + 1
    @classmethod
    def make(cls, v):
        return cls(v)
    def method(self):
        return self._c

t = Temp(20)
print(t.celsius)
t.celsius = 25
print(t.celsius, t._c)
del t.celsius
print(hasattr(t, '_c'))
try:
    t.ro = 1
except AttributeError as e:
    print(e)
try:
    del t.ro
except AttributeError as e:
    print(e)
print(Temp.helper(1), t.helper(2))
u = Temp.make(7)
print(type(u).__name__, u.method(), Temp.method(u))
m = u.method
print(m(), m.__self__ is u, m.__func__ is Temp.method)
print(sys.getsizeof(m), sys.getsizeof(Temp.__dict__['celsius']), sys.getsizeof(Temp.__dict__['helper']))
print(type(Temp.__dict__['helper']).__name__, type(Temp.__dict__['make']).__name__, type(m).__name__)
print(type(Temp.__dict__).__name__, 'celsius' in Temp.__dict__, Temp.__dict__['scale'])
print(sys.getrefcount(u))
bm = u.method
print(sys.getrefcount(u))
del bm
print(sys.getrefcount(u))
print(u.method == u.method, u.method is u.method)
