# Operands read where they are (the JVM tier's fused loads): the same values, references, errors
# and identities as the instructions one by one. Each function runs often enough to be compiled.
import sys

def arith(n):
    t = 0
    x = 1.5
    y = 0.0
    for i in range(n):
        t += i % 7
        t -= i // 3
        y = x * x + i
        z = (x * 2.0) ** -1.5
        w = 2.5 / x - 1.0 % x
        if y > 10.5 and i % 3 == 1:
            t += 1
        if i < 2.5:
            t += 100
    return t, y, z, w

def subscripts(n):
    l = [1, 2, 3]
    tp = (4, 5)
    d = {"a": 1, "b": 2}
    t = 0
    for i in range(n):
        t += l[i % 3] + tp[1] + l[-1] + tp[-2] + d["b"]
        l[0] -= 1
        l[-1] *= 1
        d["a"] += 2
        d["c"] = d.get("c", 0) + 1
    return t, l, d

class Box:
    def __init__(self, v):
        self.v = v

def attributes(n):
    b = Box(3)
    c = Box(4.5)
    t = 0
    for i in range(n):
        t += b.v * 2 + c.v
    return t

class Pair(dict):
    pass

def subclass(n):
    p = Pair(a=1)
    for i in range(n):
        p["a"] += 1
    return p

for f in (arith, subscripts, attributes, subclass):
    for k in range(300):
        r = f(3)
    print(f.__name__, r, f(500))

# references: a fused load takes none, and the result is made as BINARY_OP makes it
big = 10 ** 6
def counts(v, l):
    w = v + v
    l[0] += 1
    return sys.getrefcount(v), sys.getrefcount(l), sys.getrefcount(l[0]), w
lst = [10 ** 7]
for k in range(300):
    r = counts(big, lst)
print(r, sys.getrefcount(big), lst)

# identities: a float result takes the block CPython's would
def ids(x):
    a = x * 2.0
    b = x + 1.0
    return id(a) - id(b)
for k in range(300):
    r = ids(1.5)
print(r % 16, ids(2.5) == ids(3.5))

# errors raised in fused operations, and unbound locals
def divide(a, b):
    return a / b, a % b

def unbound(flag):
    if flag:
        q = 1
    return q + 1

def index(l, i):
    return l[i]

def key(d, k):
    d[k] += 1

for k in range(300):
    divide(7, 2)
    unbound(True)
    index([1], 0)
    key({"x": 1}, "x")
for args in ((1.0, 0.0), (5, 0), (5.5, 0.0)):
    try:
        divide(*args)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    unbound(False)
except UnboundLocalError as e:
    print(e)
try:
    index([1, 2], 5)
except IndexError as e:
    print(e)
try:
    key({}, "y")
except KeyError as e:
    print("KeyError", e)
