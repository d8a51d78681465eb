# CPython 3.11's free lists decide which address a new object gets
a = [1]
i = id(a)
del a
print(id([]) == i)
b = list()
print(id(b) == i)
d = dict()
j = id(d)
del d
print(id(dict()) == j)
x = 1.5 + 1
k = id(x)
del x
y = 2.5 * 3
print(id(y) == k)
floats = []
for n in range(5):
    floats.append(n / 7)
ids = []
for f in floats:
    ids.append(id(f))
del f
floats = []
again = []
for n in range(5):
    again.append(n / 3)
same = 0
for g in again:
    if id(g) in ids:
        same = same + 1
print(same)
t = (b, i, 3)
m = id(t)
del t
print(id((i, b, 4)) == m)
u = (b, i, 3, 4)
del u
t3 = (b, i, 5)
print(id(t3) == m)
ids = []
for n in range(5):
    z = [n]
    ids.append(id(z))
print(ids[0] == ids[1], ids[1] == ids[2], ids[2] == ids[3])
s = slice(1, 2)
si = id(s)
del s
print(id(slice(3, 4)) == si)
e = {}
ei = id(e)
del e
print(id({}) == ei, id(dict()) == ei)
g = {"a": 1}
h = {"b": 2}
del g
del h
g2 = {"c": 3}
print(g2, len(g2))
