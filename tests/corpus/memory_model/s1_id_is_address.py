# §1: a reference is an address; id(x) is that address and `is` compares addresses.
class C:
    pass
a = C()
b = a
c = C()
print(id(a) == id(b), a is b, id(a) == id(c), a is c)
objs = [[], {}, set(), C(), tuple([1, 2]), 3.5 * 2, "".join("xy"), 10 ** 40]
ids = [id(o) for o in objs]
print(len(set(ids)) == len(objs))
print(all(i % 16 == 0 for i in ids), all(i > 0 for i in ids))
for o in objs:
    print(type(o).__name__, (o is o) == (id(o) == id(o)))
x = [1]
i1 = id(x)
x += [2]
print(id(x) == i1)
x = x + [3]
print(id(x) == i1)
