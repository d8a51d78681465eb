# f-strings: expressions, conversions, format specs, nested fields, escaped braces.
name = "world"
n = 42
pi = 3.14159265
print(f"hello {name}!", f"{n + 1}", f"{name!r}", f"{name!s}", f"{'é'!a}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{-n:+}")
print(f"{pi:.2f}|{pi:10.3f}|{pi:e}|{pi:.3g}|{pi:%}|{1e20:g}")
print(f"{255:x}|{255:X}|{255:#x}|{255:o}|{255:#b}|{5:08b}|{1234567:,}|{1234567:_}")
print(f"{name:>10}|{name:*^11}|{name:.3}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|", f"{{literal}}", f"{{{n}}}")
print(f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{(lambda x: x * 2)(4)}")
print(f"{'nested ' + f'{n}'}", f"{n!r:>6}", f"{3.0}", f"{1/3}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{True}", f"{None}", f"{[1, 'x']}")
x = 0.1 + 0.2
print(f"{x}", f"{x:.17}", f"{-0.0}", f"{10**20}")
