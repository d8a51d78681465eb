# Every augmented assignment operator on ints, floats and sequences.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 8; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1100; print(x)
x |= 0b0001; print(x)
x ^= 0b1111; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
l = [1]
alias = l
l += [2]
l *= 2
print(l, alias is l)
t = (1,)
told = t
t += (2,)
print(t, told, t is told)
d = {"k": 1}
d["k"] += 10
print(d)
class A:
    v = 1
a = A()
a.v += 1
print(a.v, A.v)
m = [[0]]
m[0][0] -= 5
print(m)
