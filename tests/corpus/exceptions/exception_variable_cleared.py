# The name bound by 'except E as name' is deleted at the end of the handler.
e = "outer value"
try:
    raise ValueError("boom")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        exc
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
    return saved

s = f()
print(type(s).__name__, s)
