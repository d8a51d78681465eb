# An assert's error is placed at its comparison; chained causes print every traceback.
def check(n):
    assert n % 2 == 0, f"{n} is odd"
    return n

def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not convert " + repr(s)) from e

print(check(4))
try:
    check(3)
except AssertionError as e:
    print("assert:", e)
values = [convert("12"), convert("x1")]
