# int(), float() and str() conversions to and from strings.
print(int("42"), int("-17"), int("  7  "), int("1_000"), int("0x1f", 16), int("ff", 16), int("z", 36))
print(int("0b101", 0), int("0o17", 0), int("10", 2), int("+5"))
print(float("1.5"), float("-2e3"), float("inf"), float("-inf"), float(" 3 "), float("1_0.5"))
print(str(123), str(-4.0), str(1e16), str(1e-5), str(123456789012345678))
print(repr(1.0), repr(0.1), repr(1e22), repr(1e-7), repr(2.5e-5), repr(123456789.123))
for bad in ["", "1.5", "abc", "1 2", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
print(bool("False"), bool(""), int(True), str(True), float(False))
print(hex(255), oct(8), bin(10), hex(-1), bin(0))
