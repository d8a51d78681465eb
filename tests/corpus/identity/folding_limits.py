# Constant folding follows the AST optimiser's size limits; folded results are merged constants.
a = 2 ** 64
b = 2 ** 64
print(a is b)
c = 2 ** 65
d = 2 ** 65
print(c is d, c == d)
e = 1 << 127
f = 1 << 127
print(e is f)
g = 1 << 128
h = 1 << 128
print(g is h)
m1 = (2 ** 60) * (2 ** 60)
m2 = (2 ** 60) * (2 ** 60)
print(m1 is m2)
m3 = (2 ** 64) * (2 ** 64)
m4 = (2 ** 64) * (2 ** 64)
print(m3 is m4)
t1 = (1, 2) * 128
t2 = (1, 2) * 128
print(t1 is t2, len(t1))
t3 = (1, 2) * 129
t4 = (1, 2) * 129
print(t3 is t4, len(t3))
s1 = "ab" * 2048
s2 = "ab" * 2048
print(s1 is s2)
s3 = "ab" * 2049
s4 = "ab" * 2049
print(s3 is s4)
n1 = -(2 ** 63)
n2 = -(2 ** 63)
print(n1 is n2)
