# finally runs on normal exit, on exception, on return, break and continue.
def normal():
    try:
        print("body")
    finally:
        print("finally normal")

def raising():
    try:
        raise KeyError("k")
    finally:
        print("finally on raise")

def returning():
    try:
        return "from try"
    finally:
        print("finally on return")

normal()
try:
    raising()
except KeyError as e:
    print("caught", e)
print(returning())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("loop body", i)
    finally:
        print("finally in loop", i)

def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
