# When str % args, str.format and f-strings give back an argument str itself (CPython 3.11):
# '%' of a str constant and a tuple display of simple %s/%r/%a directives is compiled as an
# f-string (ast_opt.c's optimize_format); otherwise the _PyUnicodeWriter keeps a str only when it
# is written whole, into a writer still empty, as the last piece of the format.
s = "hello world"
e = ""
t = (e, s)
u = "h\u00e9llo w\u20acrld \U0001F600"
same = (lambda x: x)  # hides a tuple display from the compiler


class Sub(str):
    pass


class Obj:
    def __repr__(self):
        return s

    def __str__(self):
        return s


class OnlyRepr:
    def __repr__(self):
        return s


class Fmt:
    def __format__(self, spec):
        return s


sub = Sub("hello world")
o = Obj()


def check(label, f):
    try:
        print(label, f())
    except Exception as ex:
        print(label, "raises", type(ex).__name__, ex)


print("-- % with a tuple display (an f-string)")
check("(e, s)", lambda: "%s%s" % (e, s) is s)
check("(s, e)", lambda: "%s%s" % (s, e) is s)
check("(s,)", lambda: "%s" % (s,) is s)
check("(e, e, s)", lambda: "%s%s%s" % (e, e, s) is s)
check("%5s", lambda: "%5s" % (s,) is s)
check("%-5s", lambda: "%-5s" % (s,) is s)
check("%.20s", lambda: "%.20s" % (s,) is s)
check("%.5s", lambda: "%.5s" % (s,) is s)
check("%20s", lambda: "%20s" % (s,) is s)
check("%+s", lambda: "%+s" % (s,) is s)
check("% s", lambda: "% s" % (s,) is s)
check("%05s", lambda: "%05s" % (s,) is s)
check("%#s", lambda: "%#s" % (s,) is s)
check("%-0s", lambda: "%-0s" % (s,) is s)
check("%.99s", lambda: "%.99s" % (s,) is s)
check("%.100s", lambda: "%.100s" % (s,) is s)
check("%r obj", lambda: "%r" % (o,) is s)
check("%a obj", lambda: "%a" % (o,) is s)
check("%s obj", lambda: "%s" % (o,) is s)
check("%5s obj", lambda: "%5s" % (o,) is s)
check("%s only repr", lambda: "%s" % (OnlyRepr(),) is s)
check("%r str", lambda: "%r" % (s,) is s)
check("%s u", lambda: "%s" % (u,) is u)
check("%s%s u", lambda: "%s%s" % (e, u) is u)
check("%5s u", lambda: "%5s" % (u,) is u)
check("%s sub", lambda: type("%s" % (sub,)).__name__)
check("%5s sub", lambda: type("%5s" % (sub,)).__name__)
check("%5s sub is", lambda: "%5s" % (sub,) is sub)
check("x%s", lambda: "x%s" % (s,) is s)
check("%sx", lambda: "%sx" % (s,) is s)
check("%s%%", lambda: "%s%%" % (s,))
check("%s %d", lambda: "%s %d" % (s, 3))
check("%s * (1,)", lambda: "%s" % (*[s],) is s)
check("%-12s|%12r|%.3a|", lambda: "%-12s|%12r|%.3a|" % (s, s, u))
check("%.2s u", lambda: "%.2s|%3.1s|" % (u[-2:], u[-1:]))
check("%s%s short", lambda: "%s%s" % (s,))
check("%s long", lambda: "%s" % (s, s))

print("-- % with any other argument")
check("t", lambda: "%s%s" % t is s)
check("(s, e)", lambda: "%s%s" % same((s, e)) is s)
check("(e, e, s)", lambda: "%s%s%s" % same((e, e, s)) is s)
check("s", lambda: "%s" % s is s)
check("%5s", lambda: "%5s" % s is s)
check("%-5s", lambda: "%-5s" % s is s)
check("%.20s", lambda: "%.20s" % s is s)
check("%.5s", lambda: "%.5s" % s is s)
check("%20s", lambda: "%20s" % s is s)
check("%+s", lambda: "%+s" % s is s)
check("% s", lambda: "% s" % s is s)
check("%r", lambda: "%r" % s is s)
check("%r obj", lambda: "%r" % o is s)
check("%a obj", lambda: "%a" % o is s)
check("%s obj", lambda: "%s" % o is s)
check("%5s obj", lambda: "%5s" % o is s)
check("%s%s (e, obj)", lambda: "%s%s" % same((e, o)) is s)
check("%+s%s (e, s)", lambda: "%+s%s" % same((e, s)) is s)
check("%.0s%s (s, s)", lambda: "%.0s%s" % same((s, s)) is s)
check("%5s%s (e, s)", lambda: "%5s%s" % same((e, s)) is s)
check("%%%s", lambda: "%%%s" % same((s,)) is s)
check("%s%%", lambda: "%s%%" % s is s)
check("x%s", lambda: "x%s" % s is s)
check("%sx", lambda: "%sx" % s is s)
check("dict ab", lambda: "%(a)s%(b)s" % {"a": e, "b": s} is s)
check("dict ba", lambda: "%(a)s%(b)s" % {"a": s, "b": e} is s)
check("dict aa", lambda: "%(a)s%(a)s" % {"a": s} is s)
check("dict a", lambda: "%(a)s" % {"a": s} is s)
check("dict a 5", lambda: "%(a)5s" % {"a": s} is s)
check("u", lambda: "%s" % u is u)
check("(e, u)", lambda: "%s%s" % same((e, u)) is u)
check("(u, e)", lambda: "%s%s" % same((u, e)) is u)
check("%5s u", lambda: "%5s" % u is u)
check("sub", lambda: "%s" % sub is sub)
check("sub type", lambda: type("%s" % sub).__name__)
check("no directive ()", lambda: same("abc") % () is "abc" + e)
f = "plain text"
check("fmt % ()", lambda: f % () is f)
check("fmt % {}", lambda: f % {} is f)
check("fmt % []", lambda: f % [] is f)
pct, a_char, five = chr(37), "a", "5"  # chr(37): the cached one-character str
check("%%", lambda: same("%%") % () is pct)
check("%c", lambda: "%c" % a_char is a_char)
check("%d", lambda: "%d" % 5 is five)
check("w%d", lambda: ["w%d" % i for i in range(3)])
check("bool", lambda: ("%s" % True is str(True), "%r" % same((False,)) is repr(False)))
check("bool tuple", lambda: "%s" % (True,) is str(True))

print("-- str.format, format_map, format() and f-strings")
check("{}{} s e", lambda: "{}{}".format(s, e) is s)
check("{}{} e s", lambda: "{}{}".format(e, s) is s)
check("{}", lambda: "{}".format(s) is s)
check("{:5}", lambda: "{:5}".format(s) is s)
check("{:>5}", lambda: "{:>5}".format(s) is s)
check("{:20}", lambda: "{:20}".format(s) is s)
check("{:{}}", lambda: "{:{}}".format(s, 3) is s)
check("{!r} obj", lambda: "{!r}".format(o) is s)
check("{!s} obj", lambda: "{!s}".format(o) is s)
check("{!a} obj", lambda: "{!a}".format(o) is s)
check("{!a} u", lambda: "{!a}".format(u))
check("{} obj", lambda: "{}".format(o) is s)
check("{} __format__", lambda: "{}".format(Fmt()) is s)
check("{}{} e obj", lambda: "{}{}".format(e, o) is s)
check("{}{} obj e", lambda: "{}{}".format(o, e) is s)
check("{0}{1}{0}", lambda: "{0}{1}{0}".format(e, s) is s)
check("{}x", lambda: "{}x".format(s) is s)
check("x{}", lambda: "x{}".format(s) is s)
check("{}{{", lambda: "{}{{".format(s))
check("plain", lambda: f.format() is f)
check("sub", lambda: type("{}".format(sub)).__name__)
check("sub :5", lambda: type("{:5}".format(sub)).__name__)
check("sub :5 is", lambda: "{:5}".format(sub) is sub)
check("format_map ab", lambda: "{a}{b}".format_map({"a": e, "b": s}) is s)
check("format_map ba", lambda: "{a}{b}".format_map({"a": s, "b": e}) is s)
check("{} True", lambda: "{}".format(True) is str(True))
check("format(s, '5')", lambda: format(s, "5") is s)
check("format(sub, '5')", lambda: type(format(sub, "5")).__name__)
check("format(sub, '')", lambda: type(format(sub, "")).__name__)
check("format(u, '.2')", lambda: format(u[-3:], ".2"))
check("f e s", lambda: f"{e}{s}" is s)
check("f s", lambda: f"{s}" is s)
check("f s:5", lambda: f"{s:5}" is s)
check("f s!s", lambda: f"{s!s}" is s)
check("f obj!r", lambda: f"{o!r}" is s)
check("f obj", lambda: f"{o}" is s)
check("f sub:5", lambda: type(f"{sub:5}").__name__)
check("f True", lambda: f"{True}" is str(True))

print("-- repr(), str(), ascii()")
check("repr", lambda: repr(o) is s)
check("str", lambda: str(o) is s)
check("ascii", lambda: ascii(o) is s)
check("str only repr", lambda: str(OnlyRepr()) is s)
check("bool", lambda: (str(True) is str(True), repr(False) is str(False), str(True) == "True"))

print("-- f-string pieces are joined into a new str (_PyUnicode_JoinArray)")
x = chr(120)
check("f e x", lambda: f"{e}{x}" is x)
check("f x e", lambda: f"{x}{e}" is x)
check("f e + 'x'", lambda: f"{e}x" is x)
check("% (e, x)", lambda: "%s%s" % (e, x) is x)
check("% (e,) + 'x'", lambda: "%sx" % (e,) is x)
check("format e x", lambda: "{}{}".format(e, x) is x)
check("format x e", lambda: "{}{}".format(x, e) is x)
check("join", lambda: ("".join([e, x]) is x, "".join([x]) is x))
check("f a sub:5", lambda: (f"a{sub:5}", type(f"a{sub:5}").__name__))
check("f obj!a", lambda: (f"{o!a}" is s, f"{u!a}"))
