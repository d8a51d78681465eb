# Inside __str__ / __repr__, sys.getrefcount(self) counts what each path through PyObject_Str /
# PyObject_Repr holds: str() and int() are types without a vectorcall in 3.11, so the call's
# arguments are a tuple (type_call via _PyObject_MakeTpCall); print(*args) puts its positional
# arguments in a tuple (Argument Clinic's varargs) and writes each one as soon as it is made;
# format(), f"{x}" and str.format call __format__ bound (object.__format__ then calls __str__).
import sys

class A:
    def __str__(self):
        print("str", sys.getrefcount(self))
        return "A"
    def __repr__(self):
        print("repr", sys.getrefcount(self))
        return "RA"
    def __int__(self):
        print("int", sys.getrefcount(self))
        return 7

a = A()
print("str()"); s = str(a)
print("str() temp"); s = str(A())
print("str(object=)"); s = str(object=a)
print("int()"); n = int(a)
print("print"); print(a)
print("print temp"); print(A())
print("print two"); print(a, a)
print("print sep"); print(a, "x", a, sep="-")
print("print star"); print(*[a])
print("repr()"); s = repr(a)
print("ascii()"); s = ascii(a)
print("f-string"); s = f"{a}"
print("f-string !s"); s = f"{a!s}"
print("f-string !r"); s = f"{a!r}"
print("f-string empty spec"); s = f"{a:}"
print("percent"); s = "%s" % a
print("percent r"); s = "%r" % a
print("percent tuple"); s = "%s %s" % (a, a)
print("format()"); s = format(a)
print("format(, '')"); s = format(a, "")
print("str.format"); s = "{}".format(a)
print("str.format !s"); s = "{!s}".format(a)
print("__format__"); s = a.__format__("")
print("in list"); s = str([a])

class OnlyRepr:
    def __repr__(self):
        print("only repr", sys.getrefcount(self))
        return "OR"

o = OnlyRepr()
print("str() of a class with __repr__ only"); s = str(o)
print("print"); print(o)
print("f-string"); s = f"{o}"
print("format()"); s = format(o)

class Inner:
    def __str__(self):
        print("inner", sys.getrefcount(self))
        return "I"

class Outer:
    def __init__(self):
        self.inner = Inner()
    def __str__(self):
        return "<" + str(self.inner) + ">"

print("nested"); print(Outer(), Outer())
