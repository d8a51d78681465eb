# An exception raised while handling another gets it as __context__.
def handler_fails():
    try:
        [][0]
    except IndexError:
        {}["k"]

try:
    handler_fails()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            raise KeyError(3)
except KeyError as e:
    c = e.__context__
    print(repr(e), repr(c), repr(c.__context__), c.__context__.__context__)

try:
    try:
        raise ValueError("a")
    finally:
        print("finally sees no handler")
except ValueError as e:
    print(e.__context__)

def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print(repr(e), e.__context__)
