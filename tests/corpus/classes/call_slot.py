# The call slot as a method: add_operators puts __call__ (wrap_call) in the dict of every type
# with tp_call, and a class reaches type's through its metatype (type_getattro's last step).
import functools

class A:
    def f(self, x=1):
        return x

objs = [A.f, A().f, len, list.append, int.__add__, (1).__add__, int, staticmethod(len),
        classmethod(len), functools.partial(len), property(len), object(), A, A()]
for o in objs:
    print(type(o).__name__, "__call__" in type(o).__dict__, callable(o), hasattr(o, "__call__"))

print(A.f.__call__(A(), x=5), len.__call__("abc"), int.__call__("7"), A().f.__call__(x=3))
print(type(len).__dict__["__call__"], type(len.__call__).__name__)
print(type(A.__call__).__name__, type(A.__call__()).__name__)
print(functools.partial(max, 3).__call__(7), staticmethod(abs).__call__(-2))
print(int.__dict__["__add__"].__call__(2, 3))
try:
    len.__call__()
except TypeError as e:
    print(e)
try:
    (1).__add__.__call__(2, k=1)
except TypeError as e:
    print(e)
try:
    A.__call__(1, 2, 3)
except TypeError as e:
    print(e)
