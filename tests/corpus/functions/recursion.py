# Recursive functions, mutual recursion and the recursion limit.
import sys

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves

print(fact(25))
print(fib(90))
print(is_even(100), is_odd(77))
print(len(hanoi(10, "a", "b", "c", [])), hanoi(2, "a", "b", "c", []))
print(sys.getrecursionlimit())

def depth(n):
    return n if n == 0 else 1 + depth(n - 1)
print(depth(900))

def flatten(x):
    if isinstance(x, list):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]

print(flatten([1, [2, [3, [4, [5]]]], 6]))
try:
    depth(5000)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(10))
