def gen(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print(x)
    return n

def deleg():
    r = yield from gen(3)
    return r

squares = [x * x for x in range(10) if x % 2]
d = {k: v for k, v in zip("ab", [1, 2])}
s = {x for x in "hello"}
g = (y for y in range(3) for z in range(y))
f = lambda a, b=2, *c, **d: a + b
print(sum(g), (w := 5), w)
