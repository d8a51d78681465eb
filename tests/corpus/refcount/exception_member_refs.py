# References held by exception members: NameError's name is the code's own name string,
# AttributeError's name and obj, StopIteration's value, ImportError's msg.
import sys

def missing_name():
    return some_missing_global

try:
    missing_name()
except NameError as e:
    print(e.name == "some_missing_global", sys.getrefcount(e.name) > 2)
    held = e.name
print(sys.getrefcount(held) > 1)

obj = object()
name = "an_attribute_name_" + str(len("x"))
before = sys.getrefcount(obj), sys.getrefcount(name)
e = AttributeError("m", name=name, obj=obj)
print(sys.getrefcount(obj) - before[0], sys.getrefcount(name) - before[1])
e.obj = None
print(sys.getrefcount(obj) - before[0])
del e
print(sys.getrefcount(obj) - before[0], sys.getrefcount(name) - before[1])

v = [1, 2]
s = StopIteration(v)
print(sys.getrefcount(v))
msg = "import message " + str(len("ab"))
i = ImportError(msg)
print(sys.getrefcount(msg), i.msg is msg)
i2 = ImportError(msg, msg)
print(sys.getrefcount(msg), i2.msg)
del i, i2
print(sys.getrefcount(msg))
