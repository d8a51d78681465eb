# A new object starts with one reference: getrefcount shows 2 (its argument adds one).
import sys
class C:
    pass
def f():
    pass
n = 7
objs = {
    "list": [1, 2],
    "dict": {"k": 1},
    "set": {1, 2},
    "tuple": (n, n + 1),
    "instance": C(),
    "str": "".join(["ab", "cd"]),
    "bigint": 10 ** 30 + n,
    "float": n / 2,
    "bytes": bytes([1, 2, 3]),
    "frozenset": frozenset([n]),
    "range": range(n),
}
for name in objs:
    print(name, sys.getrefcount(objs[name]))
x = [n]
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
print(sys.getrefcount([1, 2, 3]), sys.getrefcount(C()), sys.getrefcount(10 ** 30 + n))
print(sys.getrefcount(f), sys.getrefcount(C) > 2)
