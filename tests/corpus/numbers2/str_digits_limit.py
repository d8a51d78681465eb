# CPython 3.11's limit on int <-> decimal str conversion (4300 digits) and sys.set_int_max_str_digits.
import sys
print(sys.get_int_max_str_digits(), len(str(10 ** 4299)), len(repr(-(10 ** 4299))), len(str(int("9" * 4300))))
for f in (lambda: str(10 ** 4300), lambda: repr(10 ** 5000), lambda: int("1" * 4301), lambda: f"{10 ** 4300}",
          lambda: "%d" % 10 ** 4300, lambda: "{}".format(10 ** 4300), lambda: format(10 ** 4300, "d"),
          lambda: print(10 ** 4300), lambda: int("-" + "2" * 5000), lambda: int(" " + "1" * 4400 + " ")):
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
print(len(hex(10 ** 5000)), len(bin(2 ** 20000)), int("1" * 5000, 16) > 0, int("1" * 5000, 2) > 0, len(oct(7 ** 6000)))
for v in [-1, 100, 639, 640, 0]:
    try:
        print(sys.set_int_max_str_digits(v), sys.get_int_max_str_digits())
    except ValueError as e:
        print("ValueError:", e)
print(len(str(10 ** 10000)))
sys.set_int_max_str_digits(640)
try:
    print(str(10 ** 700))
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 639)), int("5" * 640) % 10)
try:
    int("5" * 641)
except ValueError as e:
    print("ValueError:", e)
