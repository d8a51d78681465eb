# A suspended generator that is dropped is closed: its finally blocks run at once.
def gen(name):
    try:
        print(name, "started")
        yield 1
        yield 2
    finally:
        print(name, "finally")

g = gen("a")
next(g)
print("dropping a")
g = None
print("a dropped")
g2 = gen("b")
print("dropping an unstarted generator")
del g2
print("b dropped")

def consume():
    h = gen("c")
    next(h)
    print("returning")
consume()
print("after consume")
for v in gen("d"):
    print("d got", v)
    break
print("after loop break")
lst = [gen("e"), gen("f")]
for it in lst:
    next(it)
del it
print("dropping the list: its items go last to first")
del lst
print("end")
