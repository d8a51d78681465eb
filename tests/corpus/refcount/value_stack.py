# Objects on the interpreter's value stack are referenced while an expression is evaluated.
import sys
x = [1]
print(sys.getrefcount(x))
print([x, sys.getrefcount(x)])
print((x, x, sys.getrefcount(x)))
print({"a": x, "b": sys.getrefcount(x)})
def f(*args):
    return args[-1]
print(f(x, sys.getrefcount(x)))
print(f(x, x, x, sys.getrefcount(x)))
print([sys.getrefcount(x) for _ in range(1)])
print(sys.getrefcount(x) + 0, x[0] + sys.getrefcount(x))
y = [x, [x, [x, sys.getrefcount(x)]]]
print(y[1][1][1])
print(sys.getrefcount(x))
