import functools
def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def hello(x):
    "say hello"
    return "hi " + x
print(hello("a"), hello.__name__, hello.__doc__, hello.__qualname__, hello.__wrapped__.__name__, hello.__module__)
w = functools.wraps(hello)
print(type(w).__name__, w.keywords["wrapped"] is hello, sorted(w.keywords), functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def plain(): pass
plain.tag = 1
def other(): pass
functools.update_wrapper(other, plain)
print(other.__name__, other.tag, other.__wrapped__ is plain)
class C:
    pass
c = C()
functools.update_wrapper(c, plain, assigned=("__name__", "missing"), updated=())
print(c.__name__, c.__wrapped__ is plain)
