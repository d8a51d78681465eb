# raise with a class, with an instance, bare re-raise, and raising non-exceptions.
def kinds(n):
    if n == 0:
        raise ValueError
    if n == 1:
        raise ValueError("instance")
    if n == 2:
        raise 42
    if n == 3:
        raise int
for n in range(4):
    try:
        kinds(n)
    except ValueError as e:
        print("ValueError", repr(e))
    except TypeError as e:
        print("TypeError", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)

def rethrow_later():
    try:
        raise KeyError("saved")
    except KeyError as e:
        saved = e
    raise saved

try:
    rethrow_later()
except KeyError as e:
    print("re-raised", repr(e))
err = IndexError("reuse")
for i in range(2):
    try:
        raise err
    except IndexError as e:
        print(i, e is err)
