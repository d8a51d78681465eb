# The six rich comparisons, reflected operands and NotImplemented fallbacks.
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print("eq", self.n, getattr(o, "n", o))
        return isinstance(o, V) and self.n == o.n
    def __lt__(self, o):
        print("lt", self.n, getattr(o, "n", o))
        if not isinstance(o, V):
            return NotImplemented
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __hash__(self):
        return hash(self.n)

a, b = V(1), V(2)
print(a < b, b > a, a <= b, b >= a, a == b, a != b)
print(a == 1, 1 == a)
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 > a
except TypeError as e:
    print("TypeError:", e)
print(sorted([V(3), V(1), V(2)], key=lambda v: v.n)[0].n)
print(max([V(3), V(5), V(4)]).n)
print(V(1) in [V(0), V(1)])
