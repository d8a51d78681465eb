# Dispatch on type and value with if/elif chains and dicts of functions.
def describe(x):
    if x is None:
        return "none"
    elif isinstance(x, bool):
        return "bool " + str(x)
    elif isinstance(x, int):
        return "int " + ("big" if x > 1000 else "small")
    elif isinstance(x, float):
        return "float"
    elif isinstance(x, str):
        return "str of " + str(len(x))
    elif isinstance(x, (list, tuple)):
        return type(x).__name__ + " [" + ", ".join(describe(i) for i in x) + "]"
    return "other " + type(x).__name__

for v in [None, True, 5, 10 ** 6, 1.5, "abc", [1, "a"], (None, 2.0), {1: 2}]:
    print(describe(v))

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
}
def calc(expr):
    a, op, b = expr.split()
    fn = ops.get(op)
    if fn is None:
        return "bad op " + op
    return fn(int(a), int(b))
for e in ["1 + 2", "7 - 10", "6 * 7", "2 / 3"]:
    print(e, "=", calc(e))
