# **kwargs collects unknown keywords into a fresh dict, in call order.
def show(**kw):
    return kw

print(show())
print(show(b=2, a=1, c=3))
d = {"x": 1, "y": 2}
r = show(**d)
print(r, r is d, r == d)
print(show(**d, z=3))
print(show(w=0, **d))

def point(x, y, **rest):
    return (x, y, list(rest.items()))

print(point(**{"y": 5, "x": 4}))
print(point(1, y=2, color="red", alpha=0.5))
try:
    point(1, **{"x": 2, "y": 3})
except TypeError as e:
    print(e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    point(1, 2, 3)
except TypeError as e:
    print(e)

def forward(*args, **kwargs):
    return show(**kwargs), args

print(forward(1, 2, k=3))
