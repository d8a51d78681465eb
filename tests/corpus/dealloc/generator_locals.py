# A suspended generator owns its locals; they die when it is exhausted, closed or dropped.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def gen(tag):
    res = Noisy(tag)
    yield 1
    yield 2

g = gen("exhausted")
for _ in g:
    pass
print("loop over")
g = gen("closed")
next(g)
g.close()
print("close returned")
g = gen("dropped")
next(g)
g = None
print("dropped")
g = gen("unstarted")
del g
print("end")
