# A freed object's memory is reused: the next object of the same kind often gets the same id.
class C:
    pass
print(id([]) == id([]))
print(id(C()) == id(C()))
a = C()
addr = id(a)
del a
b = C()
print(id(b) == addr)
x = [1, 2]
xid = id(x)
x = None
y = [3, 4]
print(id(y) == xid)
n = 1000
f1 = n / 3
fid = id(f1)
del f1
f2 = n / 7
print(id(f2) == fid)
live1 = C()
live2 = C()
print(id(live1) != id(live2))
print(id(object()) == id(object()))
