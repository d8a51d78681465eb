import sys

class Obj:
    pass

a = Obj()
b = Obj()
items = [a, b]
print(sys.getrefcount(a))
e = enumerate(items)
print(sys.getrefcount(items))
for i, x in e:
    print(i, sys.getrefcount(x))
print(sys.getrefcount(a), sys.getrefcount(b))
del e
print(sys.getrefcount(a), sys.getrefcount(b))
z = zip(items, items)
for p, q in z:
    print(sys.getrefcount(p))
del z
print(sys.getrefcount(a))
r = reversed(items)
print(sys.getrefcount(items))
print(next(r) is b, sys.getrefcount(b))
del r
print(sys.getrefcount(items))
m = map(id, items)
print(sys.getrefcount(items))
del m
f = filter(None, items)
print(list(f) == items)
pairs = list(enumerate('ab'))
print(pairs, pairs[0] is pairs[1])
t = next(iter(enumerate(items)))
print(sys.getrefcount(t))
c = iter(items.pop, None)
print(type(c).__name__, next(c) is b)
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(zip([], [])), sys.getsizeof(map(abs, [])))
print(sys.getsizeof(filter(None, [])), sys.getsizeof(reversed([])), sys.getsizeof(reversed('ab')), sys.getsizeof(iter(int, 1)))
print(type(iter('abc')).__name__, type(iter('é')).__name__, sys.getsizeof(iter('abc')))
