# Functions are objects: names, qualified names, defaults, attributes.
def outer(a, b=1, *args, c, d=2, **kw):
    def inner():
        pass
    return inner

print(outer.__name__, outer.__qualname__, outer.__module__)
inner = outer(0, c=0)
print(inner.__name__, inner.__qualname__)
print(outer.__defaults__, outer.__kwdefaults__)
co = outer.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames[:6])
outer.note = "hello"
print(outer.note, outer.__dict__)
outer.__name__ = "renamed"
print(outer.__name__)

class K:
    def method(self):
        def local():
            pass
        return local
print(K.method.__qualname__, K().method().__qualname__)
print(callable(outer), callable(3), type(outer).__name__)
def nodoc():
    pass
def doc():
    "the doc"
print(nodoc.__doc__, doc.__doc__)
