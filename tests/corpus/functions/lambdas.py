# lambda creates an anonymous function holding a single expression.
sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: 0).__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
var = lambda *a, **k: (a, k)
print(var(1, 2, z=3))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
print((lambda x: (lambda y: x - y))(10)(3))
table = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(table["add"](3, 4), table["mul"](3, 4))
kw = lambda *, k: k
print(kw(k="only"))
cond = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([cond(n) for n in (-2, 0, 5)])
print(type(sq).__name__, sq.__qualname__)
