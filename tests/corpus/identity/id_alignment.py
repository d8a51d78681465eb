# id() is the object's address: aligned, stable while alive, distinct between live objects.
import sys
class C:
    pass
objs = [[], {}, (1, 2), C(), 10 ** 30, 2.5 * len(sys.argv), "".join(["a", "b"]), set(), object(), C]
for o in objs:
    print(type(o).__name__, id(o) % 16 == 0, id(o) == id(o))
ids = [id(o) for o in objs]
print(len(set(ids)) == len(ids))
x = [1]
before = id(x)
x.append(2)
x.extend(range(100))
print(id(x) == before)
d = {}
before = id(d)
for i in range(100):
    d[i] = i
print(id(d) == before)
print(id(None) % 8 == 0, id(1) % 8 == 0, id(True) % 8 == 0)
