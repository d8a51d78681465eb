total = 0
for i in range(10):
    if i == 3:
        continue
    if i > 7:
        break
    total = total + i
print(total)
n = 0
while n < 5:
    n += 1
else:
    print("while done", n)
for x in [1, 2]:
    pass
else:
    print("for else", x)
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
if 1 < 2 < 3:
    print("chained")
if not (1 < 3 < 2):
    print("chained false")
print(1 if total else 2, 0 or "x", 1 and 0, [] or [], None)
k = 10
k -= 3
k *= 2
print(k, -k, +k, ~k, not k)
i, j = 1, 2
i, j = j, i
print(i, j)
x = y = [5]
print(x is y)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 1 << 5, 256 >> 2, 6 & 3, 6 | 3, 6 ^ 3)
print("ab" * 3, [1] * 2, (1, 2) + (3,), "x" in "xyz", 3 in [1, 2, 3], 4 not in (1, 2))
