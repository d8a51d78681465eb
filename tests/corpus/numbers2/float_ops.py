# float % // divmod with CPython's signs, ** and its errors, comparisons with huge ints.
vals = [7.5, -7.5, 2.0, -2.0, 0.0, -0.0, 1e308, float("inf"), float("-inf")]
for a in [7.5, -7.5, 0.0, -0.0, float("inf")]:
    for b in [2.0, -2.0, 0.5, float("inf"), float("-inf")]:
        print(a, b, a % b, a // b, divmod(a, b))
print(5 % -3.0, -5 % 3.0, 5.0 // -3, -5.0 // 3, 1e300 % 7.0, 7 % 1e300, -7 % 1e300, divmod(-1e-300, 1.0))
for f in (lambda: 1.0 % 0, lambda: 1.0 // 0.0, lambda: divmod(1.0, 0), lambda: 1.0 / 0, lambda: 1 / 0.0,
          lambda: 0.0 ** -1, lambda: 0.0 ** -1.5, lambda: 10.0 ** 400, lambda: 1e200 * 1e200,
          lambda: (-8.0) ** 1.0 / 3, lambda: 2.0 ** 10000, lambda: 1.0 % float("nan"), lambda: 5 // 0.0):
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(2.0 ** 0.5, 2 ** -1, 2 ** -2.0, (-2.0) ** 3, (-2.0) ** -3, 0.0 ** 0, float("nan") ** 0, 1.0 ** float("nan"))
print(float("inf") ** -1, (-1.0) ** float("inf"), 0.5 ** float("inf"), 2.0 ** float("-inf"), (-0.0) ** 3, (-0.0) ** -0.0)
big = 2 ** 53 + 1
print(big == 2.0 ** 53, big > 2.0 ** 53, float(big) == 2.0 ** 53, 10 ** 400 > 1e308, 10 ** 400 < float("inf"))
print(-(10 ** 400) < float("-inf"), 2 ** 1024 > 1.7976931348623157e308, 9007199254740993 < 9007199254740992.0)
print(10 ** 16 + 1 == 1e16, 10 ** 16 == 1e16, 1e16 == 10 ** 16, float("nan") == 10 ** 400, 0 == -0.0, 1 < 1.0000000000000002)
print(sorted([3, 2.5, 10 ** 20, 1e19, -1, -1.5, True]), max(2 ** 63, 9.3e18), min(-(2 ** 70), -1.2e21))
print(hash(2.0) == hash(2), hash(1e100) == hash(10 ** 100), hash(0.5), hash(-0.0), hash(float("inf")), hash(2 ** 61 - 1))
for f in (lambda: 10 ** 400 / 1, lambda: 10 ** 400 * 1.0, lambda: 10 ** 400 + 0.5, lambda: 10 ** 400 // 1.0,
          lambda: 1.0 < 10 ** 400, lambda: (10 ** 400) / (10 ** 399), lambda: 2 ** 2000 / 2 ** 1990):
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
