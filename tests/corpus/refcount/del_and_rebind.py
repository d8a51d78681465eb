# del and rebinding drop references immediately; slice deletion and clear drop items.
import sys
a = [1]
refs = [a, a, a, a]
print(sys.getrefcount(a))
del refs[0]
print(sys.getrefcount(a))
del refs[:2]
print(sys.getrefcount(a))
refs[0] = None
print(sys.getrefcount(a))
refs = [a] * 3
print(sys.getrefcount(a))
refs.clear()
print(sys.getrefcount(a))
refs = [a, a]
refs = None
print(sys.getrefcount(a))
b = a
c = b
print(sys.getrefcount(a))
b = c = None
print(sys.getrefcount(a))
x = y = z = a
print(sys.getrefcount(a))
del x, y
print(sys.getrefcount(a))
