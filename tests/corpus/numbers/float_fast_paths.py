# + - * and comparisons on exact floats and ints: the specialised paths keep IEEE results, signed zeros, NaN
import math
vals = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, float('inf'), float('-inf'), float('nan'), 0.1, 3.0]
out = []
for a in vals:
    for b in vals:
        s, d, p = a + b, a - b, a * b
        out.append((repr(s), repr(d), repr(p), a < b, a <= b, a == b, a != b, a > b, a >= b))
print(len(out), hash(tuple(out)) == hash(tuple(out)))
for row in out[::7]:
    print(row)
print(math.copysign(1, -0.0 * 1.0), math.copysign(1, 0.0 - 0.0), math.copysign(1, -0.0 - 0.0), math.copysign(1, -0.0 + -0.0))
x = 2**62
print(x * 2, x * x, -x * 3, 7 * -6, (2**30) * (2**30), type(3 * 4))
