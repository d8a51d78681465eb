# nonlocal rebinds a variable of the nearest enclosing function scope.
def outer():
    x = 1
    def middle():
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
        return x
    m = middle()
    return x, m

print(outer())

def accumulate():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    add(1)
    add(2)
    add(3)
    return total, items

print(accumulate())

def swap_demo():
    a, b = 1, 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b

print(swap_demo())

def deleter():
    v = "set"
    def rm():
        nonlocal v
        del v
    rm()
    try:
        return v
    except NameError as e:
        return str(e)

print(deleter())
