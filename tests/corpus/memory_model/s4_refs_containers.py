# §4: containers hold one reference per slot.
import sys
x = [0]
lst = [x, x, x]
tup = (x, x)
dct = {"a": x, "b": x}
st = {id(x): x}
print(sys.getrefcount(x))
lst.append(x)
print(sys.getrefcount(x))
lst[0] = None
print(sys.getrefcount(x))
del tup
print(sys.getrefcount(x))
dct.clear()
print(sys.getrefcount(x))
lst = st = None
print(sys.getrefcount(x))
