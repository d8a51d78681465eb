# del of names, attributes, subscripts, slices and tuples of targets.
class Obj:
    pass
o = Obj()
o.a = 1
o.b = 2
d = {"x": 1, "y": 2, "z": 3}
lst = list(range(6))
n = 5
del n
try:
    n
except NameError as e:
    print("NameError:", e)
del o.a
print(vars(o))
del d["x"], d["y"]
print(d)
del lst[0]
del lst[-1]
print(lst)
del (o.b, d["z"])
print(vars(o), d)
p, q = 1, 2
del [p, q]
print("p" in dir(), "q" in dir())
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f())
