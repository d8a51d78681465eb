# x if cond else y evaluates only the chosen branch.
def loud(tag, value):
    print("eval", tag)
    return value

print(loud("a", 1) if True else loud("b", 2))
print(loud("a", 1) if False else loud("b", 2))
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 7
s = "odd" if x % 2 else "even"
print(s)
print([("F" if i % 15 == 0 else "f" if i % 3 == 0 else "b" if i % 5 == 0 else i) for i in range(1, 16)])
val = None
print(val if val is not None else "default")
print((1 if x else 2) + (3 if not x else 4))
f = (lambda: "L1") if x > 5 else (lambda: "L2")
print(f())
print("and/or:", 0 or "fallback", "" or 0 or None, 3 and 4, 0 and loud("never", 1))
print(None or [] or {} or "last")
