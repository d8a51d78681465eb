# Sequence repetition (sequence_repeat): the count an int or an __index__ object on either side, through
# PyNumber_AsSsize_t(n, OverflowError); l *= n in place for list subclasses too; the other operand's
# __rmul__ before the repetition.
class L(list):
    pass
l = L([1, 2])
l *= 2
print(l, type(l).__name__)
l2 = [1]
l2 *= 3
print(l2)
l3 = L([1])
l3 += [5]
print(l3, type(l3).__name__)
print(list.__imul__(l, 2), list.__iadd__(l, [9]))
print(L([1]) * 2, type(L([1]) * 2).__name__)
try:
    l *= "x"
except TypeError as e:
    print(e)
t = (1,)
t *= 2
print(t)
s = "ab"
s *= 2
print(s)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [1] * -(2**70))
t(lambda: "a" * -(2**70))
class I:
    def __index__(self):
        return 2
t(lambda: [1] * I())
t(lambda: I() * [1])
t(lambda: "ab" * I())
def imul(x, n):
    x *= n
    return x
t(lambda: imul([1, 2], I()))
t(lambda: imul([1, 2], -(2**70)))
t(lambda: imul([1, 2], 2**70))
class L(list):
    pass
t(lambda: type(imul(L([1]), 3)).__name__)
t(lambda: imul(L([1]), I()))
class R:
    def __rmul__(self, other):
        return "rmul with " + type(other).__name__
t(lambda: imul([1], R()))
t(lambda: [1] * R())
t(lambda: imul(L([1]), "x"))
t(lambda: imul((1,), I()))
t(lambda: imul("ab", I()))

# the other operand's slots before the repetition, and sequence_repeat's error after them
class R:
    def __rmul__(self, o): return "rmul"
    def __mul__(self, o): return "mul"
class N:
    pass
class L2(list): pass
def imul(x, n):
    x *= n
    return x
t(lambda: [1] * "x"); t(lambda: "x" * [1]); t(lambda: [1] * 1.5); t(lambda: 1.5 * (1,)); t(lambda: imul([1], "x"))
t(lambda: L2([1]) * R()); t(lambda: R() * L2([1])); t(lambda: [1] * N()); t(lambda: N() * "ab"); t(lambda: imul(L2([1]), N()))
t(lambda: [1] @ 2); t(lambda: b"a" * None); t(lambda: imul("ab", 1.0)); t(lambda: L2([2]) * 2); t(lambda: True * "ab")
