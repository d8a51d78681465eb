# "is" with a literal compiles with a SyntaxWarning on stderr, in compile order, before any
# output: a constant after folding (-1, (1, 2), ()) is a literal; None, True, False, ... are not.
x = 1000
print(x is 1000)
if x is not "a":
    print(x is None, x is ..., x is True)
y = (x is (1, 2), () is x, x is -1, x is [1], x is 1.5, x is b"a")

def f(v):
    while v is not 0:
        v -= 1
    return [k for k in range(3) if k is 2], (lambda: v is "s")()

class C:
    flag = 1 is None

    def m(self):
        if 1 is None:
            return 0
        return x is x is 1

print(f(2), C.flag, C().m())
