# with-statements and try/finally inside generators run their cleanup on close.
class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self
    def __exit__(self, *exc):
        print("close", self.n, exc[0].__name__ if exc[0] else None)
        return False

def reader():
    with Res(1):
        yield "a"
        yield "b"

g = reader()
print(next(g))
g.close()
print("closed")
for item in reader():
    print("item", item)

def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("guarded finally")
print(list(guarded()))
gg = guarded()
next(gg)
del gg
print("after del")
