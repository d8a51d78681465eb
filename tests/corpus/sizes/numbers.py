# float repr, arithmetic and comparisons with ints, as CPython 3.11
print(1 / 3, 2 / 3, 10 / 2, 1 / 7, -1 / 3, 2 ** -1, 2 ** -3)
print(1e16, 1e15, 1e-05, 0.0001, 123456789.0, 1.5e300 * 1.5e300, -0.0, 0.1 + 0.2)
print(float("1e16"), float("  -2.5  "), float("inf"), float("-inf"), float("nan"), float(10), float("1_000.5"))
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 7.5 % -2, 2.0 ** 10, 2 ** 0.5, (-8.0) ** 2)
print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 0.5 < 1)
print(int(3.9), int(-3.9), int(1e20), float(2 ** 70), 2 ** 70 / 3, (10 ** 30) / (10 ** 10))
print(3 * 1.5, 1.5 * 3, 4 - 0.5, 0.5 + True, -(1.5), +(2.5))
x = 0.1
total = 0.0
for i in range(10):
    total = total + x
print(total, total == 1.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308)
