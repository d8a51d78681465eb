# A walk through CPython's memory model, as minipy reproduces it.
# Run it with:  ./minipy run examples/memory_tour.py
# and compare: python3 examples/memory_tour.py  (CPython 3.11 prints the same)
import sys
from sys import getrefcount

print("1. A name is a reference; id() is the object's address")
data = [1, 2, 3]
alias = data
print("alias is data:", alias is data)
print("same id:", id(alias) == id(data))
alias = alias + [4]
print("after rebinding, alias is data:", alias is data)
print(data, alias)

print()
print("2. Small ints -5..256 are preallocated, one object each")
a = 256
b = 255 + 1
print("256 computed at run time is the cached 256:", a is b)
c = 257
d = int("257")
print("257 computed at run time is a new object:", c is d, c == d)
print("neighbouring small ints sit 32 bytes apart:", id(101) - id(100))

print()
print("3. Equal constants in one compilation unit are one object")
x = 100000
y = 100000
print("two 100000 literals:", x is y)
def get_big():
    return 100000
print("the function's 100000 too:", get_big() is x)
z = x + 0
print("100000 + 0 computed at run time:", z is x, z == x)

print()
print("4. Constant folding and string interning")
s1 = "py" + "thon"
s2 = "python"
print("'py' + 'thon' is folded and interned:", s1 is s2)
part = "py"
s3 = part + "thon"
print("built at run time, equal but not the same:", s3 == s2, s3 is s2)
s4 = sys.intern(s3)
print("sys.intern finds the interned one:", s4 is s2)
w1 = "hello world"
w2 = "hello world"
print("a constant with a space, twice in one unit:", w1 is w2)
e1 = ""
e2 = str()
print("'' is a singleton:", e1 is e2)

print()
print("5. Lists are never shared; the empty tuple is")
l1 = []
l2 = []
print("[] is []:", l1 is l2)
t1 = ()
t2 = tuple()
print("() is tuple():", t1 is t2)
print("sizes:", sys.getsizeof(l1), sys.getsizeof(t1), sys.getsizeof([1, 2, 3]), sys.getsizeof((1, 2, 3)))

print()
print("6. Reference counts as names, containers and calls come and go")
obj = [10, 20]
print("one name (plus getrefcount's own argument):", getrefcount(obj))
other = obj
print("two names:", getrefcount(obj))
box = [obj, obj]
print("twice in a list:", getrefcount(obj))
def inspect(param):
    return getrefcount(param)
print("inside a call, the parameter adds one:", inspect(obj))
del box
print("list deleted:", getrefcount(obj))
del other
print("name deleted:", getrefcount(obj))

print()
print("7. Sizes of objects, in bytes")
print("int 0, 2**30, 2**60, 2**100:", sys.getsizeof(0), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60), sys.getsizeof(2 ** 100))
print("str '', 'a', 'abcdef':", sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("abcdef"))
print("None, True:", sys.getsizeof(None), sys.getsizeof(True))
grow = []
sizes = []
for i in range(10):
    grow = grow + [i]
    sizes = sizes + [sys.getsizeof(grow)]
print("list built by concatenation:", sizes)
