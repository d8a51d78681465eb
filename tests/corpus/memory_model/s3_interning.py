# §3: identifier-like str constants and all names are interned; run-time strs are not,
# except through sys.intern and as attribute names.
import sys
a = "hello_world_1"
b = "hello_world_" + "1"
print(a is b)
c = "hello world"
d = "hello world"
print(c is d)
built = "".join(["hello_", "world_1"])
print(built is a, built == a)
print(sys.intern(built) is a)
e = "".join(["not ", "an id"])
print(sys.intern(e) is e, sys.intern("".join(["not ", "an id"])) is e)
class O:
    pass
o = O()
setattr(o, "".join(["dyn", "amic"]), 1)
print(list(vars(o))[0] is "dynamic")
def fn():
    pass
print(fn.__name__ is "fn", O.__name__ is "O")
