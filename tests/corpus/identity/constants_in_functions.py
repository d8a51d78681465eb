# Constants are shared between all functions, lambdas, comprehensions and class bodies of a module.
big = 99999
s = "not an identifier!"
def f():
    return 99999
lam = lambda: 99999
class K:
    attr = 99999
    label = "not an identifier!"
    def m(self):
        return "not an identifier!"
comp = [99999 for _ in range(1)][0]
print(f() is big, lam() is big, K.attr is big, comp is big)
print(K.label is s, K().m() is s)
def outer():
    def inner():
        return 99999, "not an identifier!"
    return inner()
r = outer()
print(r[0] is big, r[1] is s)
gen = (x for x in [99999])
print(next(gen) is big)
print(f() is f())
def other():
    return 100000 - 1
print(other() is big, other() == big)
