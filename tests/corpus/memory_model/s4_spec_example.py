# §4: the worked example of the reference-count rule.
import sys
data = [1, 2, 3]
print(sys.getrefcount(data))
alias = data
print(sys.getrefcount(data))
pair = [data, data]
print(sys.getrefcount(data))
def inside(x):
    return sys.getrefcount(x)
del pair, alias
print(inside(data))
