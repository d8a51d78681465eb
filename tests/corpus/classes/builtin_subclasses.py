# Subclasses of built-in types keep the base behaviour and add their own.
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] = self[key] + 1

c = Counter()
for w in ["a", "b", "a", "c", "a"]:
    c.add(w)
print(c, c["zzz"], len(c), isinstance(c, dict), type(c).__name__)

class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), u + "x", type(u + "x").__name__, len(u), u == "hey")

class Money(int):
    def __repr__(self):
        return "Money(" + str(int(self)) + ")"
m = Money(5)
print(repr(m), m + 1, type(m + 1).__name__, m * 2, m == 5, hash(m) == hash(5))

class Stack(list):
    def push(self, v):
        self.append(v)
        return self
s = Stack([1])
s.push(2).push(3)
print(s, s[::-1], type(s[::-1]).__name__, len(s), s.pop())

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1], type(p).__name__, p == (3, 4))
