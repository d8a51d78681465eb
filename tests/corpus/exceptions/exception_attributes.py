# args, str, repr and with_traceback of exceptions; KeyError quirks.
e = ValueError("msg", 2)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError(None)))
k = KeyError("key")
print(str(k), repr(k), k.args)
print(str(KeyError()), str(KeyError(1, 2)))
s = StopIteration(5)
print(s.value, s.args)
x = SystemExit(3)
print(x.code, SystemExit().code, SystemExit("bye").code)
a = AttributeError("no attr")
print(a.args)
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)
e.args = ("changed",)
print(e, e.args)
print(Exception(1, "a", None))
class Weird(Exception):
    def __init__(self):
        pass
print(Weird().args, str(Weird()), repr(Weird()))
