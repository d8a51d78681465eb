# Which strings are shared: constants, interned names, one-character strs, slices.
import sys
a = "hello"
b = "hello"
print(a is b)
c = "".join(["hel", "lo"])
print(c == a, c is a, sys.intern(c) is a)
d = "hello world"
e = "hello world"
print(d is e)
f = a[:]
print(f is a, a[0:5] is a, a[:3] is a)
g = str(a)
print(g is a)
h = a + ""
print(h is a, a * 1 is a)
print("x" * 0 is "", a[5:] is "")
word = "abc"
print(word[1] is word[1:2], word[2:] == "c")
t = (a, "hello")
print(t[0] is t[1])
print(a.upper().lower() is a, a.upper().lower() == a)
