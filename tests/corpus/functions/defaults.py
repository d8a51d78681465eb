# Default values are evaluated once, at def time, and shared between calls.
def greet(name, greeting="hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("ann"))
print(greet("bob", "hi"))
print(greet("cy", punct="?"))
print(greet(greeting="yo", name="dee"))

def append_to(x, acc=[]):
    acc.append(x)
    return acc

a = append_to(1)
b = append_to(2)
print(a, b, a is b)

counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))

def safer(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(safer(1), safer(2))

def none_default(x=None, y=0, z=""):
    return (x, y, z)
print(none_default(), none_default(1, z="z"))
