# except clauses are tried in order; else runs when no exception was raised.
def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("zero division for", x)
    except TypeError as e:
        print("type error:", e)
    else:
        print("ok", r)
    print("after try", x)

attempt(2)
attempt(0)
attempt("s")

def multi(v):
    try:
        return [1, 2][v]
    except (IndexError, TypeError) as e:
        return type(e).__name__
print(multi(1), multi(5), multi("a"))

try:
    {}["missing"]
except LookupError as e:
    print("caught by base class", type(e).__name__, repr(e))
try:
    int("x")
except Exception as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
