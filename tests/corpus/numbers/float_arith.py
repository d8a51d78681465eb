# Float arithmetic, conversions and special values.
a, b = 0.1, 0.7
print(a + b, a * b, b - a, b / a, b // a, b % a)
print(1e300 * 1e10, -1e300 * 1e10, 1e-320 / 1e10, 1.0 - 1e-17 == 1.0)
inf = float("inf")
print(inf + 1, inf - inf, inf * 0, -inf < -1e308, inf == inf)
print(float(10 ** 20), float(2 ** 63), float("1e-3"), float(-5), float("+1.5"))
print(int(1.9999999999999999), (0.1 + 0.2 == 0.3), abs((0.1 + 0.2) - 0.3) < 1e-9)
print(3.0.is_integer(), 3.5.is_integer(), (2.5).as_integer_ratio(), (0.75).hex())
print(abs(-2.5), -(-0.0), abs(-0.0), max(-0.0, 0.0), min(0.0, -0.0))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
x = 1.0
x += 1
x *= 2.5
x /= 3
x -= 0.5
print(x)
print(float.__name__, type(1e5).__name__, 1e5 == 100000, 1.0.__class__.__name__)
