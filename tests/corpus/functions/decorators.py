# Decorators are applied bottom-up at def time and replace the name binding.
calls = []
originals = {}

def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    originals[wrapper] = fn
    return wrapper

def twice(fn):
    def wrapper(x):
        return fn(fn(x))
    return wrapper

@trace
def add(a, b):
    return a + b

@trace
@twice
def inc(x):
    return x + 1

print(add(2, 3), inc(10), calls)
print(add.__name__, originals[add].__name__, originals[inc].__name__)

tags = []
def tag(name):
    print("making tag", name)
    def deco(fn):
        print("decorating", fn.__name__, "with", name)
        tags.append(name)
        return fn
    return deco

@tag("outer")
@tag("inner")
def f():
    return "f"
print(f(), tags)

registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn

@register
def alpha():
    return 1
@register
def beta():
    return 2
print(list(registry), registry["beta"]())
