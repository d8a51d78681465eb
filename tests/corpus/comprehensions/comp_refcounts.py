# Comprehension results are new objects; their items are references to the same objects.
import sys
obj = [1, 2]
print(sys.getrefcount(obj))
lst = [obj for _ in range(3)]
print(sys.getrefcount(obj), lst[0] is obj, lst[2] is obj)
d = {k: obj for k in range(2)}
print(sys.getrefcount(obj))
del lst
print(sys.getrefcount(obj))
d.clear()
print(sys.getrefcount(obj))
copies = [list(obj) for _ in range(2)]
print(sys.getrefcount(obj), copies[0] is copies[1], copies[0] == obj)
print(sys.getrefcount(copies[0]))
