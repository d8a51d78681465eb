# format() of instances: object.__format__ (str(self) for an empty spec, refused otherwise); int's,
# float's and str's __format__ format an instance of a subclass as str(self) when the spec is
# empty (format_obj) and by its value otherwise; a __format__ may return a str subclass.
# str() takes object, encoding and errors by name.
class I(int):
    def __str__(self):
        return "I!"
class F(float):
    def __str__(self):
        return "F!"
class S(str):
    def __str__(self):
        return "S!"
class B:
    def __str__(self):
        return "B!"
class Plain:
    pass
for v in (I(5), F(1.5), S("ab"), B(), True, False, 7, 2.5, "xy", None, [1]):
    for spec in ("", ">6"):
        try:
            print(repr(format(v, spec)), repr(f"{v}"), repr(v.__format__(spec)), repr(type(v).__format__(v, spec)),
                  repr(("{0:%s}" % spec).format(v)))
        except Exception as e:
            print(type(e).__name__, e)
print(format(I(255), "x"), format(True, "d"), format(True, ">5"), f"{False:}", f"{F(0.25):.1%}", f"{S('q'):*^5}")
print(object.__format__, object.__format__(B(), ""), type(Plain().__format__("")))
for f in (lambda: object.__format__(B(), 5), lambda: format(B(), 5), lambda: object.__format__(B()),
          lambda: format(Plain(), "x"), lambda: f"{Plain():y}", lambda: "{:z}".format(Plain())):
    try:
        f()
    except TypeError as e:
        print(e)
class Sub(str):
    pass
class ReturnsSub:
    def __format__(self, spec):
        return Sub("sub:" + spec)
r = format(ReturnsSub(), "q")
print(r, type(r).__name__, f"{ReturnsSub()}!", "{:w}".format(ReturnsSub()))
print(repr(str(object=5)), repr(str(encoding="ascii")), repr(str(b"ab", errors="strict")),
      repr(str(object=b"cd", encoding="ascii")), repr(str(b"\xff", "ascii", errors="replace")))
for f in (lambda: str(foo=1), lambda: str(1, object=2), lambda: str(1, 2, 3, 4), lambda: str(b"a", errors=5),
          lambda: str(encoding=5), lambda: str(b"a", None), lambda: str("a", errors="strict")):
    try:
        f()
    except TypeError as e:
        print(e)
try:
    property(foo=1)
except TypeError as e:
    print(e)
