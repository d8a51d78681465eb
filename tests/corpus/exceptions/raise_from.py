# raise X from Y sets __cause__ and __suppress_context__; from None hides the context.
class AppError(Exception):
    pass

def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError("no key " + key) from e

try:
    load("b")
except AppError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)

def hidden():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None

try:
    hidden()
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    raise RuntimeError("x") from ValueError("y")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise RuntimeError from KeyError
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError("bad") from 5
except TypeError as e:
    print("TypeError:", e)
