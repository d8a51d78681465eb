# Chained generators process items one at a time.
def numbers(n):
    for i in range(n):
        print("  number", i)
        yield i

def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x

def squares(xs):
    for x in xs:
        yield x * x

pipe = squares(evens(numbers(7)))
for v in pipe:
    print("result", v)

def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(take(5, squares(naturals()))))

def running_sum(xs):
    total = 0
    for x in xs:
        total += x
        yield total
print(list(running_sum([3, 1, 4, 1, 5, 9])))
