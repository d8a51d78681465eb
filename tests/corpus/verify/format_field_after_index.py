# Found by the heap verifier. str.format: a field "{0[0]x}" looks up "ab"[0] and then finds 'x' after ']': the ValueError
# must not leak the item it looked up (run with -X dev -X gc-verify: its refcount is checked).
for i in range(3):
    try:
        "{0[0]x}".format("ab")
    except ValueError as ex:
        print(ex)
import gc
print(gc.collect())
