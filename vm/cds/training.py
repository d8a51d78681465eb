# The program the launcher runs once after building the jar, to record which classes to put in the
# class-data archive (vm/target/minipy.jsa): what most programs load, so starting them is fast.
# What it prints goes nowhere (the launcher sends it to /dev/null); it prints once, so that print is archived.
import sys
import math
import random
import itertools
import collections
import functools
import time
import gc


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y:>3})"

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


class Base:
    registry = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry[cls.__name__] = cls

    @property
    def name(self):
        return type(self).__name__

    @staticmethod
    def s(a, *args, key=None, **kwargs):
        return a, args, key, kwargs

    @classmethod
    def c(cls):
        return cls


class Child(Base):
    pass


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def gen(n):
    total = 0
    for i in range(n):
        total += yield i
    return total


def closure():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def work():
    data = [Point(i, i * 2) for i in range(20)]
    table = {p: str(p) for p in data}
    squares = {i * i for i in range(10)}
    words = "the quick brown fox jumps over the lazy dog".split()
    counts = collections.Counter(words) if hasattr(collections, "Counter") else {}
    text = ", ".join(sorted(set(words), key=len)).upper().replace("THE", "a").strip()
    number = int("42") + float("1.5") + sum(squares) + max(len(w) for w in words)
    parts = "%s-%d-%.2f" % ("x", 3, 2.5), repr(b"bytes"), bytes(3), bytearray if False else None
    g = gen(5)
    next(g)
    try:
        while True:
            g.send(1)
    except StopIteration as stop:
        result = stop.value
    inc = closure()
    inc()
    inc(step=2)
    with Manager() as m:
        pass
    try:
        {}["missing"]
    except (KeyError, IndexError) as e:
        message = str(e)
    finally:
        cleaned = True
    try:
        raise ValueError("bad") from None
    except ValueError:
        pass
    d = collections.defaultdict(list)
    d["a"].append(1)
    q = collections.deque([1, 2, 3])
    q.appendleft(0)
    nt = collections.namedtuple("NT", "a b")(1, 2)
    reduced = functools.reduce(lambda a, b: a + b, range(5))
    part = functools.partial(pow, 2)(10)
    chain = list(itertools.chain(range(2), itertools.islice(itertools.count(), 3)))
    random.seed(1)
    choice = random.choice(words), random.randint(1, 6), math.sqrt(number), math.floor(2.5)
    ref = Child()
    t = time.perf_counter()
    lst = list(range(10))
    lst.sort(reverse=True)
    lst[1:3] = [7, 8]
    del lst[0]
    tpl = tuple(zip(lst, enumerate(reversed(lst))))
    flags = all(map(bool, lst)), any(filter(None, lst)), divmod(7, 2), abs(-3), round(2.567, 2)
    return (data, table, counts, text, parts, result, message, cleaned, d, q, nt, reduced, part,
            chain, choice, ref, t, tpl, flags, Base.s(1, 2, key=3, z=4), Child().name, Child.c(),
            isinstance(data, list), getattr(m, "x", None), id(m) > 0, sys.getsizeof(lst),
            sys.getrefcount(lst), hex(255), oct(8), bin(3), chr(65), ord("A"), 2 ** 100 // 7)


print(work())


def more():
    # what the benchmark scripts load that work() does not: gc, dict iteration, unpacking, %
    d = {"a": 1, "b": 2}
    pairs = [(k, v) for k, v in d.items()]
    first, *rest = [1, 2, 3]
    return pairs, first, rest, "%d-%s" % (first, rest), gc.collect(), gc.isenabled()


print(more())


def hot(n):
    total = 0
    for i in range(n):
        total += i * 2 % 7
    return total


# hot enough for the JVM-bytecode tier, so that its classes (and ASM's) are in the archive too
for _ in range(300):
    hot(10)
