class Vec:
    def __init__(self, *items):
        self.items = list(items)
    def __repr__(self):
        return 'Vec(' + ', '.join(repr(i) for i in self.items) + ')'
    def __str__(self):
        return '<' + ' '.join(str(i) for i in self.items) + '>'
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[self.items[i] + other.items[i] for i in range(len(self.items))])
        return NotImplemented
    def __radd__(self, other):
        return Vec(*[other + a for a in self.items])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.items])
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __neg__(self):
        return Vec(*[-a for a in self.items])
    def __eq__(self, other):
        return isinstance(other, Vec) and self.items == other.items
    def __lt__(self, other):
        return len(self) < len(other)
    def __bool__(self):
        return bool(self.items)
    def __call__(self, x):
        return x * 2

v = Vec(1, 2, 3)
w = Vec(10, 20, 30)
print(v, repr(v), len(v), v[1], 2 in v, 9 in v)
print(v + w, 5 + v, v * 2, -v)
v[0] = 100
print(v, list(v), [x for x in v])
v += 4
print(v, v == Vec(100, 2, 3, 4), v != w, v < w, w < v, w > v)
print(bool(Vec()), bool(v), v(21))
try:
    hash(v)
except TypeError as e:
    print(e)
try:
    v - w
except TypeError as e:
    print(e)
try:
    v @ w
except TypeError as e:
    print(e)

class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

print(list(Count(4)))
for i in Count(2):
    print('it', i)

class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return self.k == other.k

d = {Key('a'): 1}
print(d[Key('a')], Key('a') in d)

class Plain:
    pass

a, b = Plain(), Plain()
print(a == a, a == b, a != b)
try:
    a < b
except TypeError as e:
    print(e)
try:
    len(a)
except TypeError as e:
    print(e)
try:
    a[0]
except TypeError as e:
    print(e)
try:
    a()
except TypeError as e:
    print(e)
try:
    iter(a)
except TypeError as e:
    print(e)

class Dyn:
    def __getattr__(self, name):
        return 'dyn_' + name

print(Dyn().anything, getattr(Dyn(), 'x'))
