# Temporary objects die as soon as the expression no longer needs them.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def get(self):
        return self.name

print("value:", Noisy("t1").get())
print("after t1")
Noisy("unused")
print("after unused")
n = len([Noisy("in list"), Noisy("in list 2")])
print("len", n)
x = Noisy("a").name + Noisy("b").name
print(x)
def show(o):
    print("show", o.name)
show(Noisy("arg"))
print("after show")
r = [Noisy(str(i)).get() for i in range(2)]
print(r)
