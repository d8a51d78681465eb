import sys
data = [1, 2, 3]
print(sys.getrefcount(data))
alias = data
print(sys.getrefcount(data))
pair = [data, data]
print(sys.getrefcount(data))
del pair
print(sys.getrefcount(data))
t = (data, 1)
print(sys.getrefcount(data))
t = None
print(sys.getrefcount(data))
del alias
print(sys.getrefcount(data))
