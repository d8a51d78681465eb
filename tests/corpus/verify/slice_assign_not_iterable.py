# Found by the heap verifier. l[1:2] = 5 raises "can only assign an iterable": the TypeError the
# failed iteration raised first must be released when it is replaced (run with -X dev -X gc-verify).
m = [1, 2, 3]
for i in range(3):
    try:
        m[1:2] = 5
    except TypeError as e:
        print(e)
    try:
        m[::2] = 5
    except TypeError as e:
        print(e)
import gc
print(gc.collect(), m)
