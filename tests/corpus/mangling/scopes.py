# Mangling reaches every block nested in a class: methods, their parameters and locals, nested
# functions, lambdas and comprehensions; global and nonlocal names; a nested class uses its own name.
__counter = 0          # module level: not mangled
_Outer__total = 100    # what Outer's methods mean by __total


class Outer:
    def params(self, __a, __b=2, *__rest, __kw=3, **__more):
        return (__a, __b, __rest, __kw, sorted(__more))

    def code_names(self, __a, *, __kw=1):
        __local = 1
        return self.code_names.__code__.co_varnames

    def closures(self):
        __hidden = 10

        def inner():
            nonlocal __hidden
            __hidden += 1
            return __hidden

        inner()
        f = lambda __z: __z + __hidden
        return inner(), f(1), [__i * 2 for __i in range(3)], {__k: __hidden for __k in "ab"}

    def uses_global(self):
        global __total
        __total += 1
        return __total

    class __Inner:
        __secret = "inner"

        def reveal(self):
            return self.__secret

    def make_inner(self):
        return self.__Inner()

    class Named:
        def who(self):
            return self.__who()

        def __who(self):
            return "Named"


o = Outer()
print(o.params(1))
print(o.params(1, 5, 6, 7, __kw=8, x=9))          # **kwargs keys as written
print(o.code_names(1))
print(Outer.params.__defaults__, Outer.params.__kwdefaults__)
print(o.closures())
print(o.uses_global(), _Outer__total, "_Outer__total" in globals(), "__total" in globals())
i = o.make_inner()
print(type(i).__name__, type(i).__qualname__, i.reveal(), sorted(k for k in vars(type(i)) if "secret" in k))
print(Outer.Named().who(), [k for k in vars(Outer.Named) if "who" in k])
print([k for k in vars(Outer) if k.startswith("_Outer")])

# Keyword argument names in calls are not mangled (CPython does not), so a mangled parameter
# cannot be passed by keyword from inside the class.
class K:
    def f(self, __p):
        return __p

    def call_by_keyword(self):
        try:
            return self.f(__p=1)
        except TypeError as e:
            return "TypeError: " + str(e)

print(K().call_by_keyword())
print(K().f(_K__p=2))

# Names given to getattr/setattr/hasattr are strings: never mangled.
class G:
    def __init__(self):
        self.__v = "v"

    def lookups(self):
        return getattr(self, "__v", "missing"), getattr(self, "_G__v"), hasattr(self, "__v")

print(G().lookups())

# import names and except ... as names are mangled too.
class Imp:
    import math as __m
    try:
        raise KeyError("k")
    except KeyError as __err:
        caught = repr(__err)

    def pi(self):
        return round(self.__m.pi, 2)

print(Imp().pi(), Imp.caught, [k for k in vars(Imp) if "Imp" in k])
