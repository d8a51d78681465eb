# A set frees its items in table order; with small int hashes that order is by hash.
class Keyed:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return self.k
    def __eq__(self, other):
        return self is other
    def __del__(self):
        print("del", self.k)

s = {Keyed(3), Keyed(1), Keyed(2), Keyed(7)}
print("drop set")
s = None
print("---")
fs = frozenset([Keyed(5), Keyed(4)])
del fs
print("---")
s = set()
for k in (6, 0, 3):
    s.add(Keyed(k))
s.clear()
print("end")
