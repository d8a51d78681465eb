# Bitwise operators on ints, including negatives and big ints (two's complement semantics).
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10)
print(-6 & 3, -6 | 3, -6 ^ 3, -6 & -3, 5 & -1)
big = (1 << 100) | 0xFF
print(big, big & 0xF0, big >> 96, big ^ (1 << 100), ~big)
print((-1 << 70) & 0xFFFF, (-(1 << 70)) >> 68, 1 << 0, 0 >> 5)
print(bin(0b1010 & 0b0110), hex(0xF0 | 0x0F), oct(0o7 ^ 0o2))
x = 0
for i in range(0, 64, 7):
    x |= 1 << i
print(x, bin(x).count("1"), len(bin(x)) - 2)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
n = 12
n &= 10; print(n)
n |= 1; print(n)
n ^= 0xF; print(n)
n <<= 2; print(n)
n >>= 1; print(n)
