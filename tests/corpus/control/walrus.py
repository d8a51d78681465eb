# The assignment expression := binds a name as part of an expression.
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
values = iter([3, 2, 1, 0, 7])
while (v := next(values)) != 0:
    print("got", v)
print("stopped at", v)
squares = [y for x in range(6) if (y := x * x) % 2 == 0]
print(squares, y)
print([last := i for i in range(4)], last)
print((z := 10) + z)

def f():
    if (m := 2 ** 10) > 1000:
        return m
    return 0
print(f())
total = 0
print([total := total + i for i in range(5)], total)
a = (b := 3) * 2
print(a, b)
print(any((hit := w).startswith("q") for w in ["apple", "quince", "pear"]), hit)
