# iter() and next() on built-in iterators, default of next, exhausted iterators.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
r = iter(range(3))
print(list(r), list(r))
s = iter("ab")
print(next(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
t = iter((None,))
print(next(t), next(t, 0))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), next(Countdown(0), "empty"))
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
