# Rebinding a name frees the old object after the new one is bound.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

x = Noisy("first")
print("rebinding")
x = Noisy("second")
print("rebound")
x = None
print("set to None")
y = Noisy("y1")
y = Noisy("y2")
y = Noisy("y3")
print("chain done")
p, q = Noisy("p"), Noisy("q")
p, q = q, p
print("swapped, nothing freed")
p = q = None
print("both cleared")
