# ** with ints, negative exponents, floats, and three-argument pow.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, 2 ** -1, 2 ** -2)
print(10 ** 20, 3 ** 40, type(2 ** -1).__name__)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(5, -1, 7))
print(2.0 ** 3, 4 ** 0.5, 2 ** 0.5, 1.5 ** 2, (-1.5) ** 2, 0.0 ** 0)
print(2 ** 2 ** 3, (2 ** 2) ** 3)
x = 3
x **= 4
print(x)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print(pow(2, 100) == 2 ** 100, 7 ** 2 % 5, pow(7, 2, 5))
