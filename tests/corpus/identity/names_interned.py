# Attribute and variable names are interned: names built at run time become the same object.
import sys
class C:
    pass
o = C()
name = "".join(["col", "our"])
print(name is "colour", name == "colour")
setattr(o, name, "red")
key = list(o.__dict__)[0]
print(key is "colour", key is name)
o2 = C()
o2.colour = "blue"
print(list(o2.__dict__)[0] is "colour")
n2 = "".join(["sha", "pe"])
i2 = sys.intern(n2)
print(i2 is n2)
print(sys.intern("".join(["sha", "pe"])) is n2)
print(sys.intern("shape") is n2)
d = {}
d["".join(["k", "ey"])] = 1
print(list(d)[0] is "key")
def f(**kw):
    return list(kw)[0]
print(f(keyword=1) is "keyword")
print(getattr(o, "".join(["col", "our"])))
