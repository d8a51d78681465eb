# §3: equal constants are stored once per compilation unit (module and all its functions).
a = 100000
b = 100000
print(a is b)
def returns_it():
    return 100000
print(returns_it() is a)
class K:
    v = 100000
print(K.v is a)
s = "a constant with spaces"
def s_func():
    return "a constant with spaces"
print(s_func() is s)
t = (4, 5, 6)
print((lambda: (4, 5, 6))() is t)
f = 2.75
print((lambda: 2.75)() is f)
big = 123456789012345678901234567890
print((lambda: 123456789012345678901234567890)() is big)
