def add(a, b):
    return a + b

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

counter = 0
def bump():
    global counter
    counter = counter + 1

print(add(2, 3), add("a", "b"), add([1], [2]))
print(fact(30))
print(fib(15))
bump()
bump()
print(counter)
def noreturn():
    x = 1
print(noreturn())
print(type(add), type(print), add is add)
