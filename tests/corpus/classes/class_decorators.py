# Class decorators run after the class body and can replace or register the class.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(k + "=" + repr(v) for k, v in vars(self).items())
        return cls.__name__ + "(" + fields + ")"
    cls.__repr__ = __repr__
    return cls

@register
@add_repr
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age

@register
class Other:
    pass

print(User("ann", 30), registry)

def singleton(cls):
    instances = {}
    def get():
        if cls not in instances:
            instances[cls] = cls()
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self):
        print("Config created once")
a = Config()
b = Config()
print(a is b, type(a).__name__, Config.__name__)
