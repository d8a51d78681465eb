# Results computed at run time are new objects, even when equal to a constant.
a = 1000
b = 999 + 1
print(a is b)
n = 999
c = n + 1
print(c is a, c == a)
d = int("1000")
print(d is a)
s = "hello"
t = "hel"
u = t + "lo"
print(u is s, u == s)
v = "HELLO".lower()
print(v is s)
w = s.upper().lower()
print(w is s)
l1 = [1, 2]
l2 = [1, 2]
print(l1 is l2)
x = 10 ** 20
y = 10 ** 19 * 10
print(x is y, x == y)
f1 = 0.1
f2 = 0.05 * 2
print(f1 is f2)
