# One-character latin-1 strings built at run time are cached singletons; others are not.
codes = [0, 10, 65, 97, 122, 127, 128, 200, 233, 255]
for c in codes:
    a = chr(c)
    b = chr(c)
    print(c, a is b)
for c in [256, 300, 8364, 128512]:
    print(c, chr(c) is chr(c), chr(c) == chr(c))
word = "hello"
print(word[1] is word[1:2], word[0] is "".join(["h", ""]), word[-1] is word[4])
u = "é" + "x"
print(u[0] is chr(233), u[1] is u[-1:])
big = "a€"
print(big[0] is chr(97), big[1] is chr(8364))
print(str(7) is str(7), str(10) is str(10))
