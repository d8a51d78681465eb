# __slots__ entries are mangled with the class name when the class is made (the compiler leaves
# the strings alone).
class P:
    __slots__ = ("__x", "y", "__z__")

    def __init__(self):
        self.__x = 1
        self.y = 2
        self.__z__ = 3

    def get(self):
        return self.__x


p = P()
print(P.__slots__, p.get(), p._P__x, p.y, p.__z__)
print(sorted(k for k in vars(P) if k in ("_P__x", "y", "__z__", "__x")))
print(type(P.__dict__["_P__x"]).__name__)
try:
    p.__x = 5          # mangled outside any class? no: module level, so '__x'
except AttributeError as e:
    print(e)

class _Q:
    __slots__ = ["__a"]

print([k for k in vars(_Q) if "a" in k and not k.startswith("__")])

class ___:
    __slots__ = ("__b",)

print([k for k in vars(___) if "b" in k and not k.startswith("__d")])

for slots in (("__c",), ("c",)):
    try:
        class Conflict:
            __slots__ = slots
            _Conflict__c = 1
            c = 2
    except ValueError as e:
        print("ValueError:", e)
