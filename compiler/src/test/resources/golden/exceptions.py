def f(x):
    try:
        return g(x)
    except KeyError:
        return None
    finally:
        print("done")

def loop(items):
    for i in items:
        try:
            if i:
                continue
            with ctx() as c:
                if c:
                    return c
                break
        except Exception as e:
            raise RuntimeError("bad") from e
    while True:
        try:
            break
        finally:
            pass
    assert items, "empty"
