# Messages of common built-in errors, as str() of the exception.
tests = [
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1][5],
    lambda: (1,)[2],
    lambda: "ab"[9],
    lambda: {"a": 1}["b"],
    lambda: {}[(1, 2)],
    lambda: int("12x"),
    lambda: float("nan?"),
    lambda: None.attr,
    lambda: (5).foo,
    lambda: "x" + 1,
    lambda: 1 + "x",
    lambda: [] + (),
    lambda: len(5),
    lambda: undefined_thing,
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: 2 ** 10000.0,
    lambda: None(),
    lambda: "a" * "b",
    lambda: -"a",
    lambda: chr(-1),
    lambda: next(iter([])),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
