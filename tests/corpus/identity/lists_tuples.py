# Lists are never shared; the empty tuple is a singleton; ids of live objects differ.
a = []
b = []
print(a is b, a == b)
c = ()
d = tuple()
print(c is d)
e = [1, 2]
f = e
f = f + [3]
print(e, f, e is f)
g = [e, e]
print(g[0] is g[1], g[0] is e)
h = tuple([1, 2])
print(h == (1, 2))
print(list(range(3)) == [0, 1, 2], list((4, 5)) == [4, 5])
print(id(a) != id(b))
