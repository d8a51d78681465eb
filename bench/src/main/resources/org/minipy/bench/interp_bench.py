# The functions InterpBench (JMH) runs under minipy, one loop iteration per operation; run this
# file with CPython to time the same functions there: python3.11 interp_bench.py
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return self.x + self.y

def add(a, b):
    return a + b

def empty_loop(n):
    for i in range(n):
        pass

def dispatch(n):
    for i in range(n):
        a = i
        b = a
        c = b
        a = c
        b = a
        c = b

def calls(n):
    r = 0
    for i in range(n):
        r = add(i, 1)
    return r

def builtin_calls(n):
    s = "abc"
    r = 0
    for i in range(n):
        r = len(s)
    return r

def attributes(n):
    p = Point(1, 2)
    r = 0
    for i in range(n):
        p.x = i
        r = p.x + p.y
    return r

def methods(n):
    p = Point(1, 2)
    r = 0
    for i in range(n):
        r = p.norm1()
    return r

G = 5
def globals_(n):
    r = 0
    for i in range(n):
        r = G
    return r

def small_ints(n):
    r = 0
    for i in range(n):
        r = (i & 127) + 1 - 2
    return r

def big_ints(n):
    r = 0
    for i in range(n):
        r = i * 1000 + 12345
    return r

def compare_ints(n):
    r = 0
    for i in range(n):
        if i < 50000:
            r = 1
    return r

def floats(n):
    x = 1.5
    for i in range(n):
        x = x * 0.999 + 0.5
    return x

def tuples(n):
    r = None
    for i in range(n):
        r = (i, i, i)
    return r

def lists(n):
    l = []
    for i in range(n):
        l.append(i)
        l.pop()
    return l


if __name__ == "__main__":
    import time
    N = 1_000_000
    for name in ["empty_loop", "dispatch", "calls", "builtin_calls", "attributes", "methods",
                 "globals_", "small_ints", "big_ints", "compare_ints", "floats", "tuples", "lists"]:
        f = globals()[name]
        best = None
        for _ in range(5):
            t = time.perf_counter()
            f(N)
            d = time.perf_counter() - t
            best = d if best is None or d < best else best
        print(f"{name:14} {best / N * 1e9:7.1f} ns")
