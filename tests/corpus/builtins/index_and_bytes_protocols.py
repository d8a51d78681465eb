# range() takes its arguments through PyNumber_Index (__index__, bools made ints); bytes() asks
# __bytes__ first and takes an __index__ object as a count.
import sys

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(list(range(I(3))), list(range(I(1), I(7), I(2))), range(I(5)), range(True), range(False, True))
print(range(10)[I(2)], [1, 2, 3][I(1)], "abc"[I(2)], len(range(I(4))))
big = 10 ** 20
print(range(big, big + 3)[1] - big)
try:
    range(I(0), 5, I(0))
except ValueError as e:
    print(e)
try:
    range("3")
except TypeError as e:
    print(e)

class BadIndex:
    def __index__(self):
        return "x"
try:
    range(BadIndex())
except TypeError as e:
    print(e)

class B:
    def __bytes__(self):
        return b"xyz"
print(bytes(B()), bytes(I(3)), bytes([1, 2]), bytes(b"ab"))

class BadB:
    def __bytes__(self):
        return "no"
try:
    bytes(BadB())
except TypeError as e:
    print(e)

class BI:
    def __bytes__(self):
        return b"from bytes"
    def __index__(self):
        return 2
print(bytes(BI()))
