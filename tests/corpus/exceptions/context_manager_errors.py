# Errors around the context-manager protocol itself.
class NoExit:
    def __enter__(self):
        return self

class NoEnter:
    def __exit__(self, *a):
        return False

for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            print("body")
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError:", e)

class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit not called")

try:
    with FailEnter():
        print("body not run")
except RuntimeError as e:
    print(e)

class FailExit:
    def __enter__(self):
        return 1
    def __exit__(self, et, ev, tb):
        raise ValueError("exit failed")

try:
    with FailExit():
        raise KeyError("body")
except ValueError as e:
    print(e, repr(e.__context__))
