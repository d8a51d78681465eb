# Handlers nested in handlers, exceptions replaced inside except, sys.exc_info-like state.
def f():
    try:
        raise ValueError("outer")
    except ValueError as outer:
        try:
            raise TypeError("inner")
        except TypeError as inner:
            print("inner handler:", inner, "context:", inner.__context__)
        print("back in outer handler:", outer)
        return "done"
print(f())

def g():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise
        finally:
            print("g inner finally")
    except KeyError as e:
        print("g outer", repr(e))
g()

def h(n):
    try:
        if n:
            return h(n - 1)
        raise RuntimeError("bottom")
    except RuntimeError as e:
        print("caught at depth", n)
        if n < 2:
            raise
        return "stopped"
print(h(4))
