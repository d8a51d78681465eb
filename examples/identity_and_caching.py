# Identity and caching: when two names refer to one object, and when equal values are two objects.
# Run: ./minipy run examples/identity_and_caching.py   (CPython 3.11 prints the same)

# 1. `is` compares addresses; == compares values.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print("b is a:", b is a, "| c is a:", c is a, "| c == a:", c == a)

# 2. The ints -5..256 exist once for the whole interpreter.
x = 7
y = 3 + 4
print("7 is 3 + 4:", x is y)
three_hundred = 300
n = three_hundred + 0
print("300 + 0 is a fresh object:", n is three_hundred, n == three_hundred)
print("the cache is one array of 32-byte objects:", id(8) - id(7))

# 3. Arithmetic at run time always makes a new object outside the cache.
def double(k):
    return k * 2
c256 = 256
c258 = 258
print("double(128) is 256:", double(128) is c256, "| double(129) is 258:", double(129) is c258)

# 4. None, True, False and the empty tuple are singletons.
empty = ()
print("tuple() is ():", tuple() is empty, "| bool(1) is True:", bool(1) is True)

# 5. Containers hold references, not copies.
inner = [0]
outer = [inner, inner]
inner.append(1)
print("outer:", outer, "| same object twice:", outer[0] is outer[1])

# 6. An id can be reused once its object is gone.
first = id([])
second = id([])
print("ids of two short-lived lists can coincide:", first == second)
