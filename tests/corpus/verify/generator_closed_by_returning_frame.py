# Found by the heap verifier. A suspended generator held only by a local is closed when its
# function returns; the GeneratorExit's traceback made the returning frame's frame object while
# the frame was being cleared, and nothing released it (run with -X dev -X gc-verify).
import gc

def naturals():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("closed at", n)

def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x

def first_two():
    g = naturals()
    return next(g), next(g)

print(first_two())
print(list(take(3, naturals())))
print(gc.collect())
