# int's methods and attributes: bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, dunders.
for v in [0, 1, -1, 5, -255, 2**64, -(2**100), 10**30]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.real, v.imag, v.numerator, v.denominator,
          v.conjugate(), v.__index__(), v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), v.__round__(-1))
print(True.real, True.numerator, type(True.real).__name__, True.conjugate(), True.as_integer_ratio(), True.bit_length())
print((1234).to_bytes(2, "big"), (1234).to_bytes(2, "little"), (1234).to_bytes(4, byteorder="big"), (5).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, "big", signed=True))
print((0).to_bytes(0, "big"), (2**64 - 1).to_bytes(8, "little"), (255).to_bytes(length=1, byteorder="little"))
print(int.from_bytes(b"\x04\xd2", "big"), int.from_bytes(b"\x04\xd2", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\xff", "little", signed=True), int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x01"))
print(int.from_bytes(bytes=b"\x00\x80", byteorder="big", signed=True), int.from_bytes((255, 0), "little"))
for f in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
          lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(1, 5),
          lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes([256], "big"), lambda: int.from_bytes(),
          lambda: (1).to_bytes(1, "big", True), lambda: (1).bit_length(1), lambda: (5).__round__(None),
          lambda: (5).is_integer()):
    try:
        print(f())
    except (ValueError, TypeError, OverflowError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print((1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2), (15).__round__(-1))
print(pow(2, 10, 1000), (3).__pow__(-1, 7), pow(3, -1, 7), pow(-2, 3, 5), pow(2, 3, -5), pow(0, 0, 7), (7).__pow__(2, 1))
for f in (lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: 5 // 0, lambda: 5 % 0, lambda: divmod(5, 0),
          lambda: 5 / 0, lambda: (-5) // 0, lambda: 0 ** -1, lambda: 10 ** -2,
          lambda: 1 << -1, lambda: 1 >> -1, lambda: (2 ** 100) % 0):
    try:
        print(f())
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), -7 // 2, -7 % 2, 7 % -2, (-2**70) // 3, (-2**70) % 3)
print(int.__name__, int.bit_length, int.to_bytes, int.real, int.__dict__["numerator"])
a = True
b = False
print(a & b, a | b, a ^ a, a & 3, a | 0, b ^ 1, type(a & b).__name__, type(a & 1).__name__, ~a, -a)
