# Generator attributes: gi_running, gi_frame, gi_code; a running generator cannot re-enter.
def gen():
    me = yield "first"
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    yield "second"

g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
print(next(g))
print(g.send(g))
print(list(g))
print(g.gi_frame)

def counter():
    i = 0
    while True:
        i += 1
        yield i
c = counter()
print([next(c) for _ in range(5)])
c2 = counter()
print(next(c2), next(c), c is not c2)
print(gen.__name__, type(gen).__name__, type(gen()).__name__)
