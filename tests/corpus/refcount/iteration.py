# A for loop holds its iterator (which holds the container) and binds each item to the target.
import sys
items = [[1], [2]]
print(sys.getrefcount(items))
for it in items:
    print(sys.getrefcount(items), sys.getrefcount(it))
print(sys.getrefcount(items), sys.getrefcount(it))
i = iter(items)
print(sys.getrefcount(items))
first = next(i)
print(sys.getrefcount(first))
del i
print(sys.getrefcount(items))
for idx, v in enumerate(items):
    print(idx, sys.getrefcount(v))
d = {"k": [0]}
for key in d:
    print(sys.getrefcount(d))
for k, v in d.items():
    print(sys.getrefcount(v))
t = ([5],)
for e in t:
    print(sys.getrefcount(t), sys.getrefcount(e))
