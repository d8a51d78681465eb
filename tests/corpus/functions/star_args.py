# *args collects extra positionals into a tuple; * in a call spreads an iterable.
def collect(first, *rest):
    return first, rest, type(rest).__name__

print(collect(1))
print(collect(1, 2, 3))
print(collect(*[4, 5, 6]))
print(collect(*"abc"))
print(collect(0, *range(3), 9))

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

print(total(), total(1), total(1, 2, 3, 4))
print(total(*(10, 20), *[30]))

def mid(a, b, c):
    return a * 100 + b * 10 + c

t = (1, 2, 3)
print(mid(*t), mid(1, *t[1:]), mid(*t[:2], 7))
args = ()
print(collect("x", *args))
print(collect(*{"k1": 1, "k2": 2}))

def only_star(*args):
    return len(args), args
print(only_star(*[None] * 4))
print(only_star([1, 2], (3,)))
