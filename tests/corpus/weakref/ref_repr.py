# repr of weakrefs and proxies, with the addresses replaced by names.
import weakref


def show(text, **named):
    for name, obj in named.items():
        text = text.replace(hex(id(obj)), name)
    print(text)


class Foo:
    pass


class Named:
    __name__ = "custom name"


class BadName:
    __name__ = 42


def func():
    pass


f = Foo()
r = weakref.ref(f)
show(repr(r), R=r, F=f)
show(str(r), R=r, F=f)
show(repr(weakref.ref(func)), R=weakref.ref(func), F=func)
rf = weakref.ref(func)
show(repr(rf), R=rf, F=func)
rc = weakref.ref(Foo)
show(repr(rc), R=rc, F=Foo)
n = Named()
rn = weakref.ref(n)
show(repr(rn), R=rn, F=n)
b = BadName()
rb = weakref.ref(b)
show(repr(rb), R=rb, F=b)
rl = weakref.ref(len)
show(repr(rl), R=rl, F=len)
s = {1, 2}
rs = weakref.ref(s)
show(repr(rs), R=rs, F=s)
p = weakref.proxy(f)
show(repr(p), P=p, F=f)
pc = weakref.proxy(func)
show(repr(pc), P=pc, F=func)
show(repr([r, p]), R=r, P=p, F=f)
del f
show(repr(r), R=r)
show(repr(p), P=p, N=None)
try:
    str(p)
except ReferenceError as e:
    print("ReferenceError:", e)
