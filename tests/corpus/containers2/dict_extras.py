# dict: update with keywords and pairs, fromkeys, popitem, |, |=, copy sizes, errors.
import sys
d = {"a": 1}
d.update([("b", 2), ["c", 3]], d=4)
d.update(e=5)
print(d)
d.update({"a": 10}.items())
print(d)
for bad in ([1], [(1, 2, 3)], 5):
    try:
        d.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    d.update({}, {})
except TypeError as e:
    print(e)
print(dict.fromkeys("abc"), dict.fromkeys([3, 1, 2], 0), dict.fromkeys(range(3), []))
print(sys.getsizeof(dict.fromkeys("ab")), sys.getsizeof(dict.fromkeys({1, 2, 3})), sys.getsizeof(dict.fromkeys(range(10))))
class MyDict(dict):
    pass
m = MyDict.fromkeys("xy", 1)
print(type(m).__name__, m)
p = {"k": 1, "j": 2, "i": 3}
print(p.popitem(), p)
p["z"] = 26
print(p.popitem(), p.popitem(), p.popitem(), p)
try:
    p.popitem()
except KeyError as e:
    print("KeyError", e)
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(c, a, b, c is a)
ida = id(a)
a |= b
print(a, id(a) == ida)
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(e)
big = {i: i for i in range(20)}
print(sys.getsizeof(big), sys.getsizeof(big.copy()), sys.getsizeof(dict(big)))
for i in range(15):
    del big[i]
print(sys.getsizeof(big), sys.getsizeof(big.copy()), big.copy())
e = {}
print(sys.getsizeof(e.copy()), e.setdefault("k", []), e, e.get("k"), e.get("q", "dflt"))
print(e.pop("k"), e.pop("k", "gone"))
try:
    e.pop("k")
except KeyError as ex:
    print("KeyError", ex)
s = {"n": 1}
s.update(s)
print(s, dict(s, m=2), dict([(1, 2)], x=3), dict(a=1, b=2))
print(sys.getsizeof(dict(a=1, b=2, c=3, d=4, e=5, f=6)))
x = {}
x.update({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6})
print(sys.getsizeof(x))
y = {1: 1}
y.update({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7})
print(sys.getsizeof(y))
