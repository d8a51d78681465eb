# int(x, base): every base, prefixes, underscores, whitespace, signs, and CPython's messages.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o777", 0), int("0b1011", 0), int("z", 36))
print(int("Z", 36), int("10", 2), int("10", 36), int("  -12  "), int("+7"), int("1_000_000"), int("0x_1f", 16))
print(int("0_0", 0), int("000", 0), int("0", 0), int("-0b1", 0), int(" 0O17 ", 0), int("\t42\n"), int("\u00a012\u2003"))
print(int("٣٤"), int("１２"), int(b"42"), int(b" -7 "), int(b"ff", 16), int("12", base=3), int("777", base=8))
print([int("11", b) for b in range(2, 37)])
print(int(3.99), int(-3.99), int(-0.0), int(1e20), int(2.5e-3), int(True), int(False), int(), int(10**30))
bad = [("", 10), ("  ", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("+_1", 10), ("0x", 16), ("0x_", 16),
       ("010", 0), ("0_1", 0), ("12", 2), ("g", 16), ("0b2", 0), ("1.5", 10), ("0xg", 0), ("- 1", 10),
       ("1e3", 10), ("a" * 300, 10), ("é", 10), ("0b1", 16), ("½", 10)]
for text, base in bad:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError:", e)
for f in (lambda: int("12", 1), lambda: int("12", 37), lambda: int("12", -1), lambda: int(12, 10),
          lambda: int(1.5, 2), lambda: int([]), lambda: int(None), lambda: int("1", "2"), lambda: int(x="1"),
          lambda: int("1", base=2, x=3), lambda: int(float("inf")), lambda: int(float("nan")),
          lambda: int(b"\xff"), lambda: int("1", 2, 3), lambda: int(base=10)):
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

class WithInt:
    def __int__(self):
        return 42

class WithIndex:
    def __index__(self):
        return 7

class BadInt:
    def __int__(self):
        return "x"

print(int(WithInt()), int(WithIndex()), int("101", WithIndex()), hex(WithIndex()), "abcdefgh"[WithIndex()])
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
