import sys
s = [0] * 3
x = [7]
print(sys.getrefcount(x))
s[0] = x
s[1] = x
print(sys.getrefcount(x))
s[0] = None
print(sys.getrefcount(x))
del s[1]
print(sys.getrefcount(x), len(s))
big = [x] * 5
print(sys.getrefcount(x))
both = big + [x]
print(sys.getrefcount(x))
del big
del both
print(sys.getrefcount(x))
t = (x, x)
u = t * 2
print(sys.getrefcount(x))
del t
del u
print(sys.getrefcount(x))
