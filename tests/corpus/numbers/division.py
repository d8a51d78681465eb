# True division always gives a float; floor division and modulo round toward negative infinity.
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a / b, a // b, a % b)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(6 / 3, type(6 / 3).__name__, 1 / 3, 2 ** 70 / 2 ** 69)
print(10 ** 30 // 7, -(10 ** 30) // 7, 10 ** 30 % -7)
print(5 % 1.5, -5 % 1.5, 0.0 % 5, -0.0 % 5)
for expr in ("1 / 0", "1 // 0", "1 % 0", "1.0 // 0", "1.5 % 0", "divmod(1, 0)"):
    try:
        if expr == "1 / 0": 1 / 0
        elif expr == "1 // 0": 1 // 0
        elif expr == "1 % 0": 1 % 0
        elif expr == "1.0 // 0": 1.0 // 0
        elif expr == "1.5 % 0": 1.5 % 0
        else: divmod(1, 0)
    except ZeroDivisionError as e:
        print(expr, "->", e)
print(2 ** 1000 / 2 ** 999)
try:
    2 ** 10000 / 3
except OverflowError as e:
    print("OverflowError:", e)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-1, 3), divmod(0, 5))
