# Generators capture variables of their enclosing scope through cells.
def make_gen(prefix):
    def gen(n):
        for i in range(n):
            yield prefix + str(i)
    return gen

g = make_gen("item")
print(list(g(3)))

def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    def gen():
        while count < 3:
            yield count
            bump()
    return gen()
print(list(counter_gen()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
gens = [(lambda k: (k * i for i in range(3)))(k) for k in range(1, 4)]
print([list(x) for x in gens])
