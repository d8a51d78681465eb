# global binds names in the module namespace from inside a function.
count = 0
names = []

def bump(n):
    global count
    count += n

def make_global():
    global created
    created = "made"

def read_only():
    return count * 2

def shadow():
    count = 100
    return count

bump(3)
bump(4)
print(count, read_only(), shadow(), count)
make_global()
print(created)

def mutate():
    names.append("x")

mutate()
mutate()
print(names)

def local_err():
    try:
        count += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)

local_err()

def del_global():
    global created
    del created

del_global()
print("created" in globals())
print("created" in globals(), "nope" in globals())
g = globals()
g["dynamic"] = 5
print(dynamic)
