# Integer literals in every base, with underscores.
print(0, 7, 1_000_000, 0x1F, 0X_ff, 0o17, 0O7_7, 0b1010, 0B_1_0, 0x_dead_beef)
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF, 0b1 << 70)
print(-0x10, +0o10, ~0b11, 00, 0_0)
print(type(0x10).__name__, 1_0 == 10, 0x10 == 16 == 0o20 == 0b10000)
