# String indexing and slicing with negative indices and steps.
s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[2:100])
print(s[::3], s[::-3], s[1:9:3])
t = "héllo wörld"
print(t[1], t[-4], t[::-1], len(t))
u = "😀a😃b"
print(u[0], u[2], u[::2], len(u), u[1:3])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
print(s[slice(2, 5)], s[slice(None, None, -2)])
