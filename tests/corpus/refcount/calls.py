from sys import getrefcount

def show(x):
    return getrefcount(x)

def nested(x):
    return show(x)

obj = [1]
print(getrefcount(obj))
print(show(obj))
print(nested(obj))
print(getrefcount(obj))

def keep(x):
    y = x
    z = [x, y]
    return getrefcount(x)

print(keep(obj))
print(getrefcount(obj))
items = [obj, obj, obj]
for it in items:
    print(getrefcount(obj))
print(getrefcount(obj))
