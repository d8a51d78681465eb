# Reference counts: every name, container slot, call argument and stack slot holds one.
# Run: ./minipy run examples/reference_counts.py
# sys.getrefcount(x) counts its own argument, so a fresh object bound to one name shows 2.

import sys

data = [1, 2, 3]
print("one name:", sys.getrefcount(data))
alias = data
print("two names:", sys.getrefcount(data))
pair = (data, data)
print("in a tuple twice:", sys.getrefcount(data))
box = {"k": data}
print("as a dict value:", sys.getrefcount(data))

def show(param):
    # the caller's argument moved into `param`; getrefcount's argument adds one
    return sys.getrefcount(param)
print("inside a call:", show(data))

class Holder:
    def __init__(self, value):
        self.value = value
h = Holder(data)
print("as an attribute:", sys.getrefcount(data))

del pair
print("tuple deleted:", sys.getrefcount(data))
box.clear()
print("dict cleared:", sys.getrefcount(data))
h = None
print("holder gone:", sys.getrefcount(data))
del alias
print("alias deleted:", sys.getrefcount(data))

# When the count reaches zero the object is freed at once.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

n = Noisy("first")
n = Noisy("second")
print("rebinding freed the first; now deleting the second")
del n
items = [Noisy("a"), Noisy("b"), Noisy("c")]
print("a list frees its items from the last to the first:")
del items
print("done")
