# §3: the AST optimiser folds constant expressions within its size limits.
print(2 ** 64 is 2 ** 64)
print(2 ** 100 is 2 ** 100, 2 ** 100 == 2 ** 100)
a = "py" + "thon"
b = "python"
print(a is b)
c = "&" * 3
d = "&&&"
print(c is d)
e = "x" * 4096
f = "x" * 4096
print(e is f)
g = "x" * 5000
h = "x" * 5000
print(g is h)
t1 = (0,) * 256
t2 = (0,) * 256
print(t1 is t2)
t3 = (0,) * 257
t4 = (0,) * 257
print(t3 is t4)
n1 = -(10 ** 20)
n2 = -(10 ** 20)
print(n1 is n2)
print(not True is False, (3 < 4) is True)
