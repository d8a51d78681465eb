# TypeError messages for calls that do not match the signature.
def f(a, b, c=3):
    return a + b + c

cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: f(1, b=2, c=3, e=5),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)

def g():
    return 0
try:
    g(1)
except TypeError as e:
    print(e)

def h(*, k):
    return k
try:
    h(1)
except TypeError as e:
    print(e)
try:
    h(k=1, j=2)
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
