# Decorators are called at their own line; a class body runs at the class statement.
def register(fn):
    registry[fn.__name__] = fn
    return fn

registry = {}

@register
def ok():
    return 1

print(sorted(registry))

def strict(cls):
    raise TypeError("no classes allowed: " + cls.__name__)

class Base:
    pass

@strict
class Child(Base):
    x = 1
