# for/else over lists, strings, ranges, dicts; else skipped on break.
def first_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")

for n in range(2, 12):
    first_prime_factor(n)
for ch in "":
    print("never")
else:
    print("empty loop else")
for key in {"a": 1, "b": 2}:
    print("key", key)
for i, ch in enumerate("xyz"):
    print(i, ch)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for i in range(3):
    pass
print("after loop i =", i)
for x in [1, 2, 3]:
    if x == 2:
        continue
    print("x", x)
else:
    print("continue does not skip else")
