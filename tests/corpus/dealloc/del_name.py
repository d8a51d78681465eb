# __del__ runs the moment the last reference goes away: del of the last name.
class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("del", self.name)

a = Noisy("a")
b = a
print("del a (b still refers)")
del a
print("del b")
del b
print("after b")
c = Noisy("c")
d = Noisy("d")
del c, d
print("after c, d")
e = Noisy("e")
del e
print("end")
