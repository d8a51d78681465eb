# + and - on ints of many digits (x_add / x_sub on 30-bit digits), results in the small-int range, sizes
import random
random.seed(7)
vals = [0, 1, -1, 5, -5, 256, 257, -6, 2**30 - 1, 2**30, -2**30, 2**60 - 1, 2**60, -2**60, 2**61, 2**62 + 5,
        -2**62 - 5, 2**90, -2**90, 2**90 + 256, 2**120 - 1, -(2**120 - 1), 10**40, -10**40, 10**40 + 1]
for _ in range(60):
    bits = random.randint(1, 400)
    v = random.getrandbits(bits)
    vals.append(v if random.random() < 0.5 else -v)
h = 0
for a in vals:
    for b in vals:
        s = a + b
        d = a - b
        h = (h * 31 + hash(s) + 7 * hash(d)) % (2**61 - 1)
print(h)
big = 2**200
zero, five, seven = 0, 5, 7
print(big + 1 - big, (big - big) is zero, (big + 5 - big) is five, (-big + big) is zero, (-big - (-big - 7)) is seven)
print(sum(range(10**6)) , sum(x * x for x in range(2000000, 2100000)))
import sys
print([sys.getsizeof(x) for x in [2**30, 2**60, 2**90 + 2**90, 2**90 - 2**89, -(2**90) - 2**90]])
print(str(3**500)[-20:], int(str(7**300)) == 7**300, hex(-5**80))
