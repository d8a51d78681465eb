# Inner functions capture variables of enclosing functions through cells.
def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add7 = make_adder(7)
print(add5(1), add7(1), add5 is add7)

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())

def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]

def early_binding():
    fns = []
    for i in range(3):
        fns.append(lambda i=i: i)
    return [f() for f in fns]

print(late_binding(), early_binding())

def outer():
    x = "before"
    def get():
        return x
    x = "after"
    return get

print(outer()())
