# A container of containers: each inner container is freed completely before its next sibling.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Box:
    def __init__(self, name, *items):
        self.name = name
        self.items = list(items)
    def __del__(self):
        print("del box", self.name)

data = [
    Box("b0", Noisy("b0.i0"), Noisy("b0.i1")),
    {"k1": Noisy("d.k1"), "k2": [Noisy("d.k2.0"), Noisy("d.k2.1")]},
    (Noisy("t0"), Box("b1", Noisy("b1.i0"))),
]
print("drop data")
data = None
print("end")
