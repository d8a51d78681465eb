# List slices with steps, slice assignment and deletion.
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[8:2:-2], a[100:], a[:-7])
b = a[:]
print(b == a, b is a)
a[2:5] = ["x", "y"]
print(a)
a[1:1] = [100, 200]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
c = [1, 2, 3, 4, 5]
c[-2:] = []
print(c)
c[:0] = [-1]
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
d = [0, 1, 2, 3]
d[1:3] = "ab"
print(d)
e = list(range(6))
e[::-2] = [10, 30, 50]
print(e)
