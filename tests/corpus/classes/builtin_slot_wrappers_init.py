# list.__init__ and set.__init__ are slot wrappers (wrap_init), taking keywords: the
# descriptors, calls through the instance and through the type, and their errors.

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

print(list.__init__, set.__init__)
print(type(list.__init__).__name__, type(set.__init__).__name__, type([].__init__).__name__)
print('__init__' in list.__dict__, '__init__' in set.__dict__, '__init__' in frozenset.__dict__)
print(repr([].__init__).startswith("<method-wrapper '__init__' of list object at 0x"))
print(frozenset.__init__ is object.__init__, tuple.__init__ is object.__init__)

a = [1, 2]
show('list init', a.__init__, (3, 4))
print(a)
show('list init empty', list.__init__, a)
print(a)
show('list init 2 args', list.__init__, a, 1, 2)
show('list init kw', list.__init__, a, x=1)
show('list init iterable kw', a.__init__, iterable=[1])
show('list init bad', a.__init__, 5)
show('list init no self', list.__init__)
show('list init wrong self', list.__init__, (1,))
s = {1}
show('set init', s.__init__, [5, 6])
print(sorted(s))
show('set init 2 args', set.__init__, s, 1, 2)
show('set init kw', set.__init__, s, x=1)
show('set init bad', s.__init__, 3)
show('set init wrong self', set.__init__, frozenset())

class L(list):
    def __init__(self, *args):
        super().__init__(*args)
        print('L init', list.__repr__(self))
L('ab')
class S(set):
    def __init__(self, *args):
        set.__init__(self, *args)
        print('S init', sorted(self))
S('ba')
