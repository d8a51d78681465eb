# format(), str.format and f-strings call __format__ bound (PyObject_Format's _PyObject_LookupSpecial)
# and check it returns a str; FORMAT_VALUE formats the value under its one reference.
import sys
class M:
    def __format__(self, spec):
        return "fmt %s %d %d" % (spec, sys.getrefcount(M.__format__), sys.getrefcount(self))
m = M()
print(format(m, ""), f"{m}", f"{m:>5}", "{}".format(m), "{:x}".format(m), format(m))
class Bad:
    def __format__(self, spec):
        return 5
for f in (lambda: format(Bad()), lambda: f"{Bad()}", lambda: "{}".format(Bad())):
    try:
        f()
    except TypeError as e:
        print(e)
s = "abc" * 3
print(f"{s!s}{s!r}{s!a}{s}", sys.getrefcount(s))
for i in range(300):
    t = f"{s!s:>12}{m!r:.0}{i!r}"
print(t, sys.getrefcount(s))
