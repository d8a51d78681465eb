b = b"hello world"
print(104 in b, 0 in b, b"wor" in b, b"" in b, b"xyz" in b)
try:
    print("h" in b)
except TypeError as e:
    print(e)
try:
    print(300 in b)
except ValueError as e:
    print(e)
print(b[1:4], b[::-1], b[-1], len(b), b + b"!", b * 2, b == b"hello world", b < b"z")
import sys
print(sys.getsizeof(b), sys.getsizeof(b[1:4]), sys.getsizeof(b * 100), sys.getsizeof(bytes([1, 2, 3])), b[:1] is b"h"[:1])
