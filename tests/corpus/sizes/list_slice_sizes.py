import sys
l = list(range(20))
l[2:5] = []
print(l, sys.getsizeof(l))
l[::3] = [0] * len(l[::3])
print(l)
del l[::2]
print(l, sys.getsizeof(l))
del l[1:]
print(l, sys.getsizeof(l))
l[:] = []
print(l, sys.getsizeof(l))
m = [1, 2, 3]
m[1:2] = m
print(m)
m[5:2] = "ab"
print(m, sys.getsizeof(m))
try:
    m[::2] = [1]
except ValueError as e:
    print(e)
try:
    m[1:2] = 5
except TypeError as e:
    print(e)
big = list(range(100))
big[10:90] = (1, 2)
print(len(big), sys.getsizeof(big))
del big[::-3]
print(big)
