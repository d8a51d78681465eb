# break and continue in nested loops affect only the innermost loop.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
    else:
        print("inner done", i)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found is not None:
        break
print("found", found, "row", row)
total = 0
i = 0
while i < 20:
    i += 1
    if i % 3 == 0:
        continue
    if i > 14:
        break
    total += i
print(total, i)
out = []
for c in "hello world":
    if c == " ":
        break
    if c == "l":
        continue
    out.append(c)
print("".join(out))
