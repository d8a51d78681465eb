# §4: a new object starts with a reference count of 1 (getrefcount adds its own argument).
import sys
class C:
    pass
n = 3
print(sys.getrefcount([]), sys.getrefcount({}), sys.getrefcount(C()), sys.getrefcount((n, n)))
print(sys.getrefcount(n * 1.5), sys.getrefcount(10 ** 25 + n), sys.getrefcount(str(n) * 2))
data = [1, 2, 3]
print(sys.getrefcount(data))
