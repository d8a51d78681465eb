# Equal constants are merged across the whole compilation unit, functions included.
import sys
big = 123456789
other = 123456789
print(big is other)

def f():
    return 123456789

def g():
    return 123456789

print(f() is big, g() is f())
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print(t1 is t2)
print((1, 2, 3)[0] is 1)
s = "hello world"
def h():
    return "hello world"
print(h() is s)
computed = big + 1 - 1
print(computed is big, computed == big)
print(2 ** 100 is 2 ** 100, 2 ** 100 == 2 ** 100)
print(2 ** 64 is 2 ** 64)
