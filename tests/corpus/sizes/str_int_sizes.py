import sys
# every str kind: ASCII, latin-1, UCS-2, UCS-4
for s in ["", "a", "ab", "abcdef", "x" * 100, "é", "héllo", "ÿÿÿ", "€", "h€llo", "☃" * 10, "😀", "a😀", "😀" * 5]:
    print(len(s), sys.getsizeof(s))
print(sys.getsizeof("abc" + "def"), sys.getsizeof("é" + "a"), sys.getsizeof("hello"[1:3]), sys.getsizeof("h€llo"[2:]))
# ints up to 2**200: 30-bit digits
sizes = []
for k in range(0, 201, 10):
    sizes.append(sys.getsizeof(2 ** k))
print(sizes)
print(sys.getsizeof(0), sys.getsizeof(-1), sys.getsizeof(2 ** 30 - 1), sys.getsizeof(2 ** 30), sys.getsizeof(-(2 ** 60)))
print(sys.getsizeof(2 ** 200), sys.getsizeof(-(2 ** 200)), sys.getsizeof(2 ** 200 - 2 ** 200))
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(None))
