# Identifier-like str constants and names are interned; strings built at run time are not.
import sys
a = "python"
b = "py" + "thon"
print(a is b)
c = "py"
d = c + "thon"
print(d == a, d is a)
e = sys.intern(d)
print(e is a)
f = "hello world!"
g = "hello world!"
print(f is g)
h = "hello" + " " + "world!"
print(h == f)
x1 = "&" * 3
x2 = "&&&"
print(x1 == x2)
empty = ""
print(empty is str(), "" + "" is "")
ch = "abc"[1]
print(ch is "abc"[1])
long1 = "x" * 4096
long2 = "x" * 4096
print(long1 is long2)
n1 = "x" * 4097
n2 = "x" * 4097
print(n1 is n2, n1 == n2)
print(sys.intern("not an identifier!") == "not an identifier!")
