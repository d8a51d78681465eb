# __closure__ holds the cells, __code__ names the free and cell variables.
def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
print(add5.__code__.co_freevars, make_adder.__code__.co_cellvars)
print(type(add5.__closure__).__name__, len(add5.__closure__))
cell = add5.__closure__[0]
print(type(cell).__name__, cell.cell_contents)
print(make_adder.__closure__, (lambda: 0).__closure__)

def two():
    a = 1
    b = 2
    def f():
        return a, b
    return f
f = two()
print([c.cell_contents for c in f.__closure__], f.__code__.co_freevars)

def empty_cell():
    def g():
        return v
    c = g.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError", e)
    v = 3
    return c.cell_contents
print(empty_cell())
