def f(a, b=1, *c, d, **e):
    x = 1
    def g():
        return x + a
    try:
        g(1, k=2)
    except ValueError as ex:
        print(ex)
    finally:
        a.m(f"{x!r:>{b}}")
    with open(a) as q:
        return q
    return [y for y in c]
