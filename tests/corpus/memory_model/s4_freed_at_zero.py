# §4: when a count reaches 0 the object is freed at once and its __del__ runs.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("  __del__", self.n)
print("1: del of the only name")
a = D(1)
del a
print("2: last of two names")
b = D(2)
c = b
del b
print("  still alive")
del c
print("3: removed from a list")
lst = [D(3)]
lst.pop()
print("4: function returns")
def f():
    x = D(4)
f()
print("5: temporary")
D(5).n
print("6: block goes back and its id is reused")
o = D(6)
oid = id(o)
del o
p = D(7)
print(" ", id(p) == oid)
print("end")
