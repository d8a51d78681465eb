# float(str) in every spelling CPython accepts, hex/fromhex, as_integer_ratio, is_integer.
for t in ["1e3", " -inf ", "nan", "-nan", "NaN", "1_0.5", "+1.5", "-.5", "5.", ".5e-3", "1E+2", "infinity",
          "-Infinity", "+inf", "  3.25\n", "0", "-0", "00012.5", "1e500", "-1e500", "1e-400", "4.9e-324",
          "1.7976931348623157e308", "0.1", "1_000.000_1", "٣.٥", "\u00a01.5\u2003", "9" * 30, "1e1_0"]:
    print(repr(t), float(t))
for t in ["", " ", "x", "1__0", "1_", "_1", "1e", ".e1", ".", "e5", "1.5.2", "in f", "1_e1", "1e_1", "0x10",
          "1,5", "--1", "inf inity", "nan1", "1 2", "1j", "é"]:
    try:
        print(float(t))
    except ValueError as e:
        print("ValueError:", e)
print(float(b"1.5"), float(7), float(2**1023), float(True), float(), float(-0.0), float(" 12 "))
for f in (lambda: float(2**1024), lambda: float([]), lambda: float(None), lambda: float("1", "2"), lambda: float(10**400)):
    try:
        print(f())
    except (OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for v in [0.0, -0.0, 1.5, -0.1, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 123.456, 1 / 3, 2.0 ** 52, -2.5e-10]:
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio(), v.is_integer(), v.real, v.imag, v.conjugate())
print(float("inf").hex(), float("-inf").hex(), float("nan").hex(), float("inf").is_integer(), float("nan").is_integer())
for h in ["0x1.8p1", " -0X1P-2 ", "inf", "-Infinity", "nan", "0x.8", "1.8", "0x1.ffffffffffffffp0", "0x1p-1074",
          "0x1p-1075", "0x1.8p-1074", "0x3p-1076", "0X1.FFFFFFFFFFFFFP+1023", "0x0p0", "-0x0.0p+0", "0x10", "ab.cdp4",
          "0x1.00000000000008p0", "0x1.00000000000018p0"]:
    print(h, float.fromhex(h))
for h in ["0x1p1024", "x", "0x", "0x1p", "0x1.2.3", "1p", "0xg"]:
    try:
        print(float.fromhex(h))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for f in (lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: float.fromhex(1)):
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(float.hex, float.real, (2.5).__getnewargs__(), (2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__())
print(round(2.675, 2), round(2.5), round(3.5), round(-0.5), round(1e300, -300), (2.5).__round__(None), (1.25).__round__(1))
