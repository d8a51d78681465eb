# Objects held by a closure cell die when the last function holding the cell dies.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def make():
    obj = Noisy("captured")
    def get():
        return obj.name
    return get

f = make()
print(f())
print("deleting f")
del f
print("---")
def pair():
    obj = Noisy("shared")
    return (lambda: obj), (lambda: obj)
a, b = pair()
del a
print("one closure left")
del b
print("---")
def setter():
    obj = Noisy("old")
    def replace():
        nonlocal obj
        obj = Noisy("new")
    return replace
r = setter()
r()
print("replaced")
r = None
print("end")
