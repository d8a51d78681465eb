# setrecursionlimit changes the depth at which RecursionError is raised.
import sys

def down(n):
    return down(n + 1)

def measure():
    count = [0]
    def go():
        count[0] += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return count[0]

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    down(0)
except RecursionError as e:
    print("caught", e)
n200 = measure()
sys.setrecursionlimit(400)
n400 = measure()
print(n400 - n200)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)

def safe(n):
    if n == 0:
        return 0
    return safe(n - 1) + 1
print(safe(500))
