# An instance frees its attributes in the order they were first assigned.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Holder:
    def __init__(self):
        self.second = Noisy("second")
        self.first = Noisy("first")
        self.third = Noisy("third")

h = Holder()
print("del holder")
del h
print("---")
class Plain:
    pass
p = Plain()
p.c = Noisy("c")
p.a = Noisy("a")
p.b = Noisy("b")
p.a = Noisy("a2")
print("a replaced")
del p
print("---")
q = Plain()
q.x = Noisy("x")
q.y = Noisy("y")
del q.x
print("deleted x")
q.x = Noisy("x again")
del q
print("end")
