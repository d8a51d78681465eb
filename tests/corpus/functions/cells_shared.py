# Two closures over the same variable share one cell.
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get, set_ = pair()
print(get())
set_(42)
print(get())
print(get.__closure__[0] is set_.__closure__[0])

def nested():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()

f = nested()
print(f(), f.__code__.co_freevars)

def param_cell(p):
    def show():
        return p
    p = p * 2
    return show

print(param_cell(21)())

def unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return inner()

print(unbound())
