# return with no value, with several values, and early return in loops.
def nothing():
    return

def implicit():
    pass

def several():
    return 1, "two", [3]

def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None

def nested_loops(n):
    for i in range(n):
        for j in range(n):
            if i * j == 6:
                return (i, j)
    return "none"

print(nothing(), implicit())
r = several()
print(r, type(r).__name__)
a, b, c = several()
print(a, b, c)
print(first_even([1, 3, 8, 5, 6]), first_even([1, 3]))
print(nested_loops(5), nested_loops(2))

def returns_function():
    def f():
        return "from f"
    return f
print(returns_function()())

def in_while():
    i = 0
    while True:
        i += 1
        if i > 4:
            return i
print(in_while())
