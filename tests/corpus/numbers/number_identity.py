# Identity of numbers: small-int cache, equal constants merged, computed results new.
a = 256
b = 255 + 1
print(a is b)
c = 257
d = int("257")
print(c is d, c == d)
e = 1000
f = 1000
print(e is f)
def g():
    return 1000
print(g() is e)
x = 1.5
y = 1.5
print(x is y)
z = x * 1
print(z is x, z == x)
big1 = 10 ** 20
big2 = 10 ** 20
print(big1 is big2)
n = -5
print(n is -5, (n - 1) is -6, (n - 1) == -6)
vals = [i for i in range(-10, 300, 37)]
print([v is int(str(v)) for v in vals])
print(True is bool(1), False is (1 > 2), None is None)
