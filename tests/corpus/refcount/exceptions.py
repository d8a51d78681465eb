# References held by exceptions: args, the name bound by except, and cleared at handler end.
import sys
payload = [1, 2]
e1 = ValueError(payload)
print(sys.getrefcount(payload), sys.getrefcount(e1))
try:
    raise e1
except ValueError as e:
    print(sys.getrefcount(e1), e is e1)
print(sys.getrefcount(e1))
del e1
print(sys.getrefcount(payload))
def thrower(obj):
    raise KeyError(obj)
try:
    thrower(payload)
except KeyError as err:
    print(sys.getrefcount(payload), err.args[0] is payload)
print(sys.getrefcount(payload))
saved = None
try:
    raise RuntimeError(payload)
except RuntimeError as exc:
    saved = exc
print(sys.getrefcount(saved), sys.getrefcount(payload))
saved = None
print(sys.getrefcount(payload))
