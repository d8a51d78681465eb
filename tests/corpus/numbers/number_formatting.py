# str/repr/format of numbers in many shapes.
print(str(10 ** 25), repr(-10 ** 25), str(1e25), str(-1.5e-10))
print(format(1234567.891, ",.2f"), format(0.000123, ".2e"), format(42, "06d"), format(-42, "06d"))
print(format(3.14159, ".0f"), format(1e6, "g"), format(1e-6, "g"), format(123456789, "g"))
print(format(0.5, "%"), format(0.125, ".1%"), format(255, "#010x"), format(-255, "x"))
print(format(12, "c"), format(10 ** 20, ","), format(1.0, ".3g"), format(100.0, ".3g"))
print("%.3f %10.2e %-8d| %o %X %c" % (2 / 3, 12345.6789, 42, 64, 255, 65))
print(f"{12.5:08.2f} {-3:+05d} {7:#b} {1e3:.1e} {0.1:.20f}")
print(f"{2 ** 64:_x} {123.456:10.1f}| {-0.0:.1f}")
