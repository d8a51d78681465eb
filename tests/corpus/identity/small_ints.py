# Ints -5..256 are cached: any computation yielding them returns the one object.
a = 100
b = 50 + 50
print(a is b)
x = -5
y = 0 - 5
print(x is y)
p = 257
q = 256 + 1
print(p is q, p == q)
n = -6
m = 0 - 6
print(n is m, n == m)
i = 0
while i < 300:
    j = i * 1
    if (j is i) != (i <= 256):
        print("unexpected identity at", i)
    i = i + 1
print(id(1) - id(0), id(256) - id(255), id(-5) - id(0))
print(int("42") is 42, int("420") is 420)
