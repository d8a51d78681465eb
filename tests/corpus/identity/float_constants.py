# Float constants are merged per value and sign; computed floats are new objects.
a = 1.5
b = 1.5
print(a is b)
def f():
    return 1.5
print(f() is a)
z = 0.0
nz = -0.0
print(z is nz, z == nz)
z2 = 0.0
print(z is z2)
c = 3.0 / 2
print(c is a, c == a)
d = 0.5 + 1
print(d is a)
x = float("1.5")
print(x is a, x is float("1.5"))
i = 3
y = i / 2
print(y is a, y == a)
big = 1e300
print(big is 1e300, 1e300 * 1 is big)
