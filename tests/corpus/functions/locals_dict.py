import sys

def same():
    a = 1
    first = locals()
    second = locals()
    print(first is second, sorted(first))
    print(sys.getrefcount(first))
    return first

d = same()
print(sorted(d), sys.getrefcount(d))

def refresh():
    x = 1
    snap = locals()
    y = 2
    print(sorted(snap))
    del x
    locals()
    print(sorted(snap))
    snap["z"] = 3
    locals()
    print(sorted(snap), snap["z"])

refresh()

def closure():
    outer = [1]
    def inner():
        print(sorted(locals()))
        return outer
    inner()
    v = locals()
    print(sorted(v), v["outer"] is outer)

closure()

def gen():
    a = 1
    l = locals()
    yield l is locals()
    b = 2
    yield sorted(l)

g = gen()
print(next(g), next(g))

def count_refs():
    thing = object()
    before = sys.getrefcount(thing)
    locals()
    after = sys.getrefcount(thing)
    print(after - before)

count_refs()

class K:
    q = 1
    print(sorted(locals()))

def with_args(p, *rest, k=3, **kw):
    return sorted(locals().items())

print(with_args(1, 2, k=4, z=5))
print(locals() is globals())
