# Arbitrary-precision ints across the 30-bit digit boundaries.
vals = [0, 1, -1, 2 ** 30 - 1, 2 ** 30, 2 ** 31, 2 ** 60 - 1, 2 ** 60, 2 ** 63, 2 ** 64, 2 ** 90, 2 ** 120]
for v in vals:
    print(v, -v, v + 1, v * 3, v // 7, v % 7, v >> 1)
print(2 ** 1000 // 3 ** 500)
print(len(str(7 ** 777)), str(7 ** 777)[:20], str(7 ** 777)[-20:])
print(10 ** 50 + 1 - 10 ** 50, (10 ** 40) * (10 ** 40) == 10 ** 80)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b, b // a, b % a, a - b, -a * -b)
print(divmod(b, a), divmod(-b, a), divmod(b, -a))
print(abs(-a), a == a + 0, a < b, -a > -b, hash(a) == hash(a + 0))
print(int(1e20), int(-2.9e15), int(2 ** 53 + 1.0))
