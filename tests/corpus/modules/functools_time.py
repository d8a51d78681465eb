import functools, time
from functools import reduce, partial
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = partial(f, 1)
print(p(2), p(2, 3), p(2, d=5), p.args, p.keywords, p.func is f)
q = partial(f, 1, 2, d=7)
print(q(), q(c=9), q(d=8))
print(repr(partial(abs, -3)), partial(abs, -3)())
pp = partial(q, 4)
print(pp(), pp.args)
try:
    partial(1)
except TypeError as e:
    print('TypeError', e)
t0 = time.time(); c0 = time.perf_counter(); m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - c0 >= 0.009, time.monotonic() > m0, type(time.time()).__name__, type(time.time_ns()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError', e)
