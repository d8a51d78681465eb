# Generator pipelines, decorators with arguments, closures and coroutine-style send().
import functools
import time

def trace(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            print(f"{prefix}{fn.__name__}{args} -> {result!r}")
            return result
        wrapper.calls = 0
        return wrapper
    return deco

@trace(">> ")
def area(w, h=1):
    return w * h

area(3, 4)
area(5)
print(area.__name__, area.__wrapped__(2, 2), hasattr(area, "calls"))

def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line

def strip_comments(lines):
    for n, line in lines:
        line = line.split("#", 1)[0].rstrip()
        if line:
            yield n, line

def parse(lines):
    for n, line in lines:
        key, sep, value = line.partition("=")
        if not sep:
            raise ValueError(f"line {n}: missing '=' in {line!r}")
        yield key.strip(), value.strip()

config = """
# settings
name = demo
size= 10   # pixels
ratio =0.75

flag = yes
"""
settings = dict(parse(strip_comments(read_lines(config))))
print(settings)
try:
    dict(parse(strip_comments(read_lines("a = 1\nbroken line\n"))))
except ValueError as e:
    print("error:", e)

def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except GeneratorExit:
            print("averager closed at", count)
            raise
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

avg = averager()
next(avg)
for v in (10, 20, 60):
    print("avg", avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("finished with", stop.value)
avg2 = averager()
next(avg2)
avg2.send(5)
avg2.close()

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1, c2 = counter(), counter()
print(c1(), c1(5), c2(), c1.__closure__[0].cell_contents)

def chunked(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)

print(list(chunked(range(7), 3)), list(chunked("", 2)))
gen = (x * x for x in range(5))
print(sum(gen), sum(gen), list(zip(*chunked(range(6), 2))))
start = time.perf_counter()
print(functools.reduce(lambda acc, x: acc * x, range(1, 11)), time.perf_counter() >= start)
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
print(sorted(nums, reverse=True), sorted(enumerate(nums), key=lambda p: p[1])[:4], nums.index(5), nums.count(1))
print(f"{1/3:.5f} {2**0.5:e} {1e21} {1e-7} {123456789.0} {0.1 + 0.2} {round(2.675, 2)} {-0.0} {float('inf')}")
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, 2 ** 100, (2 ** 100).bit_length(), int("ff", 16), hex(-255), abs(-3.5))
