# &, |, ^, << and >> on ints around the machine-word fast paths (60-bit operands, 63-bit results)
vals = [0, 1, -1, 2, -2, 5, -5, 255, -256, 2**29, -2**29, 2**30, 2**31 - 1, -2**31, 2**59, -2**59, 2**60 - 1, -2**60, 2**60, 2**62, -2**63, 2**63 - 1, 2**64, -2**64 - 3, 12345678901234567890]
shifts = [0, 1, 2, 3, 7, 29, 30, 31, 32, 59, 60, 61, 62, 63, 64, 65, 100, 200]
acc = 0
for a in vals:
    for b in vals:
        acc ^= hash((a & b, a | b, a ^ b))
        print(a & b, a | b, a ^ b)
    for k in shifts:
        print(a, k, a << k, a >> k)
print(acc)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 >> -1
except ValueError as e:
    print(e)
print(type(True & True), True & 1, True | False, 5 & True)
