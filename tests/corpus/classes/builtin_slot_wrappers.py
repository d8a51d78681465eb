# Slot wrappers (wrapper_descriptor) of list, tuple, set, frozenset, range, bytes and None:
# which names each type's __dict__ holds, the descriptors' reprs, and calls through the
# instance (a method-wrapper) and through the type, with their errors.

def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

def has(t, names):
    d = t.__dict__
    print(t.__name__, [n for n in names.split() if n in d], [n for n in names.split() if n not in d])

has(list, "__repr__ __len__ __iter__ __contains__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __hash__ __add__ __mul__ __rmul__ __iadd__ __imul__ __setitem__ __delitem__")
has(tuple, "__repr__ __len__ __iter__ __contains__ __getitem__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __hash__ __add__ __mul__ __rmul__")
has(set, "__repr__ __len__ __iter__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __hash__ __and__ __rand__ __or__ __ror__ __sub__ __rsub__ __xor__ __rxor__ __iand__ __ior__ __isub__ __ixor__")
has(frozenset, "__repr__ __len__ __iter__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __hash__ __and__ __rand__ __or__ __ror__ __sub__ __rsub__ __xor__ __rxor__")
has(range, "__repr__ __len__ __iter__ __contains__ __getitem__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __hash__ __bool__")
has(bytes, "__repr__ __str__ __len__ __iter__ __contains__ __getitem__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __hash__ __add__ __mul__ __rmul__ __mod__ __rmod__")
has(type(None), "__repr__ __bool__")
print(list.__dict__['__hash__'], set.__dict__['__hash__'])

for t in (list, tuple, set, frozenset, range, bytes, type(None)):
    print(t.__repr__, type(t.__repr__).__name__)
    print(t.__dict__['__repr__'] is t.__repr__)
print(bytes.__str__, tuple.__len__, range.__getitem__, set.__ior__, list.__iadd__, type(None).__bool__)
print(tuple.__hash__, frozenset.__hash__, range.__hash__, bytes.__hash__)
print(type([].__repr__).__name__, type((1,).__len__).__name__)
print(repr([].__len__).startswith("<method-wrapper '__len__' of list object at 0x"))

# list
a = [1, 'x', [2]]
show('list repr', a.__repr__)
show('list.__repr__', list.__repr__, a)
show('list len', a.__len__)
show('list iter', lambda: list(a.__iter__()))
show('list iter type', lambda: type(list.__iter__(a)).__name__)
show('list contains', a.__contains__, 'x')
show('list contains no', list.__contains__, a, 5)
show('list eq', a.__eq__, [1, 'x', [2]])
show('list eq other', a.__eq__, (1, 'x', [2]))
show('list lt', [1, 2].__lt__, [1, 3])
show('list ge', list.__ge__, [1, 2], [1, 2])
show('list ne', [1].__ne__, 5)
show('list gt str', [1].__gt__, 'a')
show('list add', [1].__add__, [2])
show('list add bad', [1].__add__, (2,))
show('list mul', [1, 2].__mul__, 2)
show('list mul bad', [1].__mul__, 'a')
show('list mul neg', [1].__mul__, -1)
show('list rmul', [1, 2].__rmul__, 3)
b = [1]
show('list iadd', b.__iadd__, (2, 3))
print(b, b.__iadd__([4]) is b)
show('list iadd bad', b.__iadd__, 5)
show('list imul', b.__imul__, 2)
print(b)
show('list imul bad', b.__imul__, 1.5)
show('list repr args', a.__repr__, 1)
show('list len args', list.__len__, a, 2)
show('list eq args', a.__eq__)
show('list no self', list.__repr__)
show('list wrong self', list.__repr__, (1,))
show('list hash', hash, [])
r = []
r.append(r)
show('list self repr', r.__repr__)

class L(list):
    def __repr__(self):
        return 'L' + super().__repr__()
    def __len__(self):
        return super().__len__() + 100
show('L repr', repr, L([1, 2]))
show('L len', len, L([1, 2]))
show('list.__repr__ on L', list.__repr__, L([3]))

# tuple
t = (1, 'a', None)
show('tuple repr', t.__repr__)
show('tuple.__repr__ one', tuple.__repr__, (5,))
show('tuple len', t.__len__)
show('tuple getitem', t.__getitem__, 1)
show('tuple getitem slice', t.__getitem__, slice(0, 2))
show('tuple getitem bad', t.__getitem__, 7)
show('tuple getitem str', t.__getitem__, 'a')
show('tuple iter', lambda: list(t.__iter__()))
show('tuple contains', t.__contains__, None)
show('tuple eq', t.__eq__, (1, 'a', None))
show('tuple eq list', t.__eq__, [1, 'a', None])
show('tuple lt', (1, 2).__lt__, (1, 2, 0))
show('tuple le', tuple.__le__, (2,), (1,))
show('tuple hash', lambda: (1, 2).__hash__() == hash((1, 2)))
show('tuple hash unhashable', ([],).__hash__)
show('tuple add', (1,).__add__, (2,))
show('tuple add bad', (1,).__add__, [2])
show('tuple mul', (1, 2).__mul__, 2)
show('tuple rmul', (1,).__rmul__, 3)
show('tuple mul bad', (1,).__mul__, None)
show('tuple getitem args', t.__getitem__)
show('tuple wrong self', tuple.__len__, [1])

class T(tuple):
    def __repr__(self):
        return 'T' + super().__repr__()
show('T repr', repr, T((1, 2)))
show('tuple.__len__ on T', tuple.__len__, T((1, 2, 3)))
show('tuple.__getitem__ on T', tuple.__getitem__, T((1, 2, 3)), -1)
show('T eq', T((1,)).__eq__, (1,))

# set and frozenset
s = {1, 2, 3}
f = frozenset({2, 3, 4})
show('set repr', set.__repr__, {5})
show('set repr empty', set().__repr__)
show('frozenset repr', f.__repr__)
show('frozenset repr empty', frozenset().__repr__)
show('set len', s.__len__)
show('set iter', lambda: sorted(s.__iter__()))
show('set eq', s.__eq__, {1, 2, 3})
show('set eq frozen', s.__eq__, frozenset({1, 2, 3}))
show('set eq list', s.__eq__, [1, 2, 3])
show('set le', s.__le__, {1, 2, 3, 4})
show('set lt', s.__lt__, {1, 2, 3})
show('set gt', frozenset.__gt__, f, frozenset({2}))
show('set ge list', s.__ge__, [1])
show('set and', lambda: sorted(s.__and__(f)))
show('set and list', s.__and__, [1])
show('set rand', lambda: sorted(s.__rand__(f)))
show('set or', lambda: sorted(s.__or__(f)))
show('set ror', lambda: sorted(f.__ror__(s)))
show('set sub', lambda: sorted(s.__sub__(f)))
show('set rsub', lambda: sorted(s.__rsub__(f)))
show('set xor', lambda: sorted(s.__xor__(f)))
show('set rxor', lambda: sorted(f.__rxor__(s)))
show('set or type', lambda: type(s.__or__(f)).__name__)
show('frozen or type', lambda: type(f.__or__(s)).__name__)
show('frozen sub int', f.__sub__, 1)
u = {1, 2}
show('set ior', lambda: u.__ior__({3}) is u)
show('set iand', lambda: u.__iand__({1, 3}) is u)
show('set isub', lambda: u.__isub__({1}) is u)
show('set ixor', lambda: u.__ixor__({5}) is u)
print(sorted(u))
show('set ior list', u.__ior__, [1])
show('set hash', hash, set())
show('frozenset hash', lambda: frozenset({1}).__hash__() == hash(frozenset({1})))
show('set len args', s.__len__, 1)
show('set wrong self', set.__len__, frozenset())
show('frozenset wrong self', frozenset.__len__, set())
show('set or args', s.__or__)

# range
r = range(1, 10, 2)
show('range repr', r.__repr__)
show('range repr 0', range(5).__repr__)
show('range len', r.__len__)
show('range getitem', r.__getitem__, 2)
show('range getitem slice', r.__getitem__, slice(1, 3))
show('range getitem bad', r.__getitem__, 9)
show('range iter', lambda: list(r.__iter__()))
show('range contains', r.__contains__, 7)
show('range contains no', r.__contains__, 8)
show('range contains str', r.__contains__, 'a')
show('range eq', r.__eq__, range(1, 11, 2))
show('range ne', r.__ne__, range(0))
show('range eq list', r.__eq__, [1, 3])
show('range lt', r.__lt__, range(3))
show('range hash', lambda: r.__hash__() == hash(range(1, 11, 2)))
show('range bool', range(0).__bool__)
show('range bool 1', r.__bool__)
show('range bool args', r.__bool__, 1)

# bytes
bs = b'ab\n\'"'
show('bytes repr', bs.__repr__)
show('bytes str', bytes.__str__, b'x')
show('bytes len', bs.__len__)
show('bytes getitem', bs.__getitem__, 0)
show('bytes getitem slice', bs.__getitem__, slice(1, 3))
show('bytes iter', lambda: list(b'xyz'.__iter__()))
show('bytes contains', bs.__contains__, 97)
show('bytes contains sub', bs.__contains__, b'b\n')
show('bytes contains bad', bs.__contains__, 'a')
show('bytes eq', b'a'.__eq__, b'a')
show('bytes eq str', b'a'.__eq__, 'a')
show('bytes lt', b'a'.__lt__, b'b')
show('bytes ge', bytes.__ge__, b'a', b'b')
show('bytes hash', lambda: b'ab'.__hash__() == hash(b'ab'))
show('bytes add', b'a'.__add__, b'b')
show('bytes add bad', b'a'.__add__, 'b')
show('bytes mul', b'ab'.__mul__, 3)
show('bytes rmul', b'ab'.__rmul__, 2)
show('bytes mul bad', b'ab'.__mul__, b'x')
show('bytes mod', b'%d-%s'.__mod__, (3, b'x'))
show('bytes rmod', b'x'.__rmod__, 5)
show('bytes rmod bytes', b'%s'.__rmod__, b'[%s]')

class B(bytes):
    def __repr__(self):
        return 'B' + super().__repr__()
show('B repr', repr, B(b'q'))
show('bytes.__len__ on B', bytes.__len__, B(b'qq'))

# None and bool
show('None repr', None.__repr__)
show('None bool', None.__bool__)
show('NoneType.__repr__', type(None).__repr__, None)
show('None bool args', None.__bool__, 1)
show('None wrong self', type(None).__repr__, 0)
show('bool repr', True.__repr__)
show('bool and', True.__and__, False)
show('bool and int', True.__and__, 3)
show('bool rxor', True.__rxor__, True)
show('bool or str', False.__or__, 'a')

# __contains__ of list and tuple compares the items themselves, whatever a subclass iterates
import sys
class E:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print('  eq', self.name, other, sys.getrefcount(self))
        return other == self.name
e1, e2 = E('p'), E('q')
show('list contains eq', [e1, e2].__contains__, 'q')
show('tuple contains eq', (e1, e2).__contains__, 'q')
show('list contains eq miss', list.__contains__, [e1], 'z')
class LI(list):
    def __iter__(self):
        return iter([9])
    def __contains__(self, x):
        return True
show('list.__contains__ on LI', list.__contains__, LI([1, 2]), 9)
show('list.__contains__ on LI 2', list.__contains__, LI([1, 2]), 2)
show('LI contains', LI([1]).__contains__, 9)
class TI(tuple):
    def __iter__(self):
        return iter([9])
show('tuple.__contains__ on TI', tuple.__contains__, TI((1, 2)), 9)
show('tuple.__contains__ on TI 2', tuple.__contains__, TI((1, 2)), 1)
