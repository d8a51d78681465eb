a, *b, c = [1, 2, 3, 4]
x = [*b, *a.y] if False else (1, *b)
m = {**{}, 'a': 1, 'b': 2}
t = {1, 2, *b}
print(x[1:2], x[::2], x[1:2, 3])
x[1:2] += [5]
del x[0], a.b, m['a']
print(f"{a!r:>{c}} {b=} {{}}", f"", f"{a}")
if 1 < a <= 3 != c:
    pass
for i in range(3):
    try:
        if i: break
        continue
    finally:
        print(i)
else:
    pass
while a:
    with open(a) as f, open(b) as (g, h):
        break
assert a, "msg"
assert b
try:
    raise ValueError("x") from None
except (ValueError, TypeError) as e:
    print(e)
except:
    raise
else:
    pass
global q
q = a in [1, 2, 3] or a in {1, 2, 2.0}
print(*a, **m)
print(1, *a, k=1, **m)
