# repr of floats is the shortest string that round-trips.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, -1.0, 0.0, -0.0, 100.0, 1e16, 1e15,
        123456789.0, 1.5e-7, 1e-4, 0.0001, 1e22, 1e23, 2.0 ** 60, 1.7976931348623157e308,
        5e-324, 2.2250738585072014e-308, 3.141592653589793, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), -float("inf"), float("nan"), repr(float("-inf")))
print(1e308 * 10, -1e308 * 10)
print(0.1 * 3, 1.1 + 2.2, 3.3 - 1.1, 1.2 * 3, 10 / 3, 2 ** 0.5, 2 ** -1)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1234.5678, -2))
print(round(3.7), type(round(3.7)).__name__, round(3.14159, 3), type(round(3.0, 0)).__name__)
