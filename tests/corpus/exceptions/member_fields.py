# NameError's name, AttributeError's name and obj, ImportError's msg, name and path: members of
# the exception objects (T_OBJECT, None while unset), set from keywords by the types' inits and
# by the interpreter when it raises them.
import sys

def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

e = NameError("m")
print(e.name, e.args)
e = NameError("m", name="zz")
print(e.name, e.args, str(e))
a = AttributeError("m", name="n", obj=5)
print(a.name, a.obj, a.args)
a = AttributeError()
print(a.name, a.obj)
a.name = "q"
print(a.name)
del a.name
print(a.name)
i = ImportError("msg", name="mod", path="/p")
print(i.name, i.path, i.msg, i.args)
print(ImportError().name, ImportError().path, ImportError().msg)
print(ImportError("a", "b").msg, str(ImportError("a", "b")), ImportError(5).msg, str(ImportError(5)))
print(repr(str(ImportError())))
m = ModuleNotFoundError("nope", name="x")
print(m.name, m.msg, m.path, str(m), repr(m))
u = UnboundLocalError("u", name="n")
print(u.name)
print(sys.getsizeof(NameError()), sys.getsizeof(AttributeError()), sys.getsizeof(ImportError()),
      sys.getsizeof(UnboundLocalError()), sys.getsizeof(ModuleNotFoundError()))

attempt(lambda: NameError("a", bogus=1))
attempt(lambda: UnboundLocalError(bogus=1))
attempt(lambda: ModuleNotFoundError("m", bogus=1))
attempt(lambda: NameError(name=1, x=2))
attempt(lambda: AttributeError(x=2))
attempt(lambda: AttributeError(obj=1, name=2, x=3))
attempt(lambda: ImportError(name=1, path=2, x=3))
attempt(lambda: ImportError(1, 2, 3, x=3))
attempt(lambda: ValueError("x", foo=1))
attempt(lambda: StopIteration(value=3))
print(AttributeError(1, 2, name=3, obj=4).args)

class MyAE(AttributeError):
    pass
attempt(lambda: MyAE(bogus=2))
m = MyAE("msg", name="nm", obj=3)
print(m.name, m.obj, m.args, str(m))

class MyStop(StopIteration):
    def __init__(self, v):
        super().__init__(v)
print(MyStop(7).value, MyStop(7).args)

class MyName(NameError):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
n = MyName("x", name="y")
print(n.name, n.args)
n.__init__("again")
print(n.name, n.args)

# the interpreter's errors
try:
    undefined_name
except NameError as e:
    print(repr(e.name), e)

def local_use():
    return also_undefined
try:
    local_use()
except NameError as e:
    print(repr(e.name), e)

def unbound():
    v = 1
    del v
    return v
try:
    unbound()
except NameError as e:
    print(type(e).__name__, repr(e.name), e)

def outer():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, repr(e.name), e)
    x = 1
outer()

try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e.msg)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e.msg)
