# yield from delegates to a sub-iterator and returns its return value.
def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield from "ab"
    yield from range(2)
    return "outer result"

g = outer()
print(list(g))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), {4: "x"})))

def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4]], [[5]], 6])))

def get_result():
    result = yield from outer()
    yield "got " + result
print(list(get_result())[-1])
