# Objects referenced only from an exception's traceback die when the handler ends.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def fails():
    local = Noisy("frame local")
    raise ValueError("boom")

try:
    fails()
except ValueError as e:
    print("handling", e)
print("handler done")

def keep_exception():
    try:
        fails()
    except ValueError as e:
        return e
err = keep_exception()
print("exception kept")
del err
print("exception dropped")

try:
    raise KeyError(Noisy("in args"))
except KeyError:
    print("in handler without name")
print("end")
