# Code that runs hot enough for the JVM-bytecode tier (after 200 calls or loop iterations): a loop
# entered in the interpreter and continued compiled, calls between compiled functions, exceptions
# raised in compiled code and caught in the same frame or further out, tracebacks through compiled
# frames, instructions the tier hands back to the interpreter, recursion to the limit, closures,
# generators called from compiled code, and the refcounts all of it leaves.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))


def loop(n):
    total = 0
    for i in range(n):
        total += i * 2 - (i % 7)
    return total


print(loop(100000))


def handled(n):
    caught = 0
    for i in range(n):
        try:
            if i % 100 == 0:
                raise ValueError(i)
            caught += 1
        except ValueError as e:
            caught -= e.args[0]
    return caught


print(handled(3000))


def uncaught(i):
    if i == 250:
        return {}["missing"]
    return i


def caller(n):
    s = 0
    for i in range(n):
        s += uncaught(i)
    return s


try:
    caller(1000)
except KeyError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next


def builds(n):
    out = []
    for i in range(n):
        d = {"a": i, "b": [i, i + 1], "c": (i,)}
        out.append(d["b"][1] + d["c"][0])
    return sum(out)


print(builds(1000))


def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)


for k in range(300):
    deep(10)
print(deep(500))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError", e)


def counter():
    count = 0

    def step(k):
        nonlocal count
        count += k
        return count

    return step


step = counter()
for i in range(1000):
    step(i)
print(step(0))


def gen(n):
    for i in range(n):
        yield i * i


def consume(n):
    return sum(x for x in gen(n) if x % 2)


print([consume(k) for k in range(300)][-1])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def points(n):
    total = 0
    for i in range(n):
        p = Point(i, -i)
        total += p.norm1()
    return total


print(points(2000))

value = object()
holder = [value] * 3


def borrow(n):
    for i in range(n):
        x = holder[i % 3]
        y = x
    return sys.getrefcount(value)


print(borrow(1000), sys.getrefcount(value))


def unbound(n):
    for i in range(n):
        if i == n - 1:
            del z
        z = i
    return z


try:
    unbound(500)
except UnboundLocalError as e:
    print(e)
