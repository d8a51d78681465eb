# A proxy takes part in the number protocol through its referent: abs, float, int, index.
import weakref


class F(float):
    pass


class N:
    def __abs__(self):
        return "abs!"

    def __index__(self):
        return 3

    def __float__(self):
        return 2.5

    def __int__(self):
        return 7


class Plain:
    pass


f = F(-1.5)
n = N()
pf = weakref.proxy(f)
pn = weakref.proxy(n)
print(abs(pf), abs(pn), float(pn), float(pf), int(pn), int(pf))
print([10, 20, 30, 40][pn], "abcdef"[pn], hex(pn), bin(pn))
print(pf + 1, 1 + pf, pf * 2, -pf, pf < 0, pf == -1.5, round(pf * 1, 1))
pp = weakref.proxy(Plain())
try:
    float(pp)
except ReferenceError as e:
    print("ReferenceError:", e)
p2 = weakref.proxy(n)
del n
for name, op in (("abs", abs), ("float", float), ("int", int), ("index", lambda p: [1][p])):
    try:
        op(p2)
    except ReferenceError as e:
        print(name, "ReferenceError:", e)
