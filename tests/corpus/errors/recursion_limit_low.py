import sys
sys.setrecursionlimit(50)
def f(n):
    return f(n + 1) + 1
print("limit", sys.getrecursionlimit())
f(0)
