# return in a generator becomes StopIteration.value.
def gen():
    yield "a"
    return "the value"

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)

def empty_return():
    return
    yield
print(list(empty_return()))
try:
    next(empty_return())
except StopIteration as e:
    print(e.value, e.args)

def returns_tuple():
    yield 1
    return (1, 2)
g = returns_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)

def stop_inside():
    yield 1
    raise StopIteration("converted")
g = stop_inside()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
