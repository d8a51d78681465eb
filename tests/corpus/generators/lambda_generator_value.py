# A lambda whose body yields is a generator that returns its body's value: what the yield was
# sent (3.11's assemble(c, 0) adds no "return None" to it).
def finish(g, value):
    try:
        g.send(value)
    except StopIteration as e:
        return e.value

f = lambda: (yield 1)
g = f()
print(next(g), finish(g, 5))
g = f()
print(next(g), finish(g, None))
g = f()
next(g)
try:
    next(g)
except StopIteration as e:
    print("next:", e.value)

h = lambda: (yield from [1, 2])
g = h()
print(next(g), next(g), finish(g, None))

k = lambda x: ((yield x), (yield x + 1))
g = k(10)
print(next(g), g.send("a"), finish(g, "b"))
print(list(k(3)))
print([v for v in (lambda: (yield 7))()])
