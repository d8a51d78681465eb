# Methods that leave an exact str unchanged return the str itself where CPython does, and which
# results are fresh objects.
s = "hello world"
print(s.strip() is s, s.lstrip() is s, s.rstrip("x") is s, s.replace("z", "y") is s, s.replace("l", "L", 0) is s)
print(s.center(5) is s, s.ljust(11) is s, s.rjust(3) is s, s.zfill(11) is s, s.expandtabs() is s)
print(s.split("z")[0] is s, s.rsplit("z")[0] is s, "word".split()[0] == "word", s.splitlines()[0] is s)
print(s.partition("z")[0] is s, s.rpartition("z")[2] is s, s.removeprefix("x") is s, s.removesuffix("x") is s)
print(s.format() is s, (s % ()) is s, "{}".format(s) is s, "%s" % s is s, format(s) is s, f"{s}" is s, str(s) is s)
print("".join([s]) is s, "-".join([s]) is s, "".join([s, ""]) is s, s[:] is s, s * 1 is s, s + "" is s)
print(s.lower() is s, s.title() is s, s.translate({}) is s, s.casefold() is s, s.strip("") is s, s.upper() is s)
print(s.replace("", "") is s, "{:}".format(s) is s, "{:11}".format(s) is s, format(s, "") is s, format(s, "<5") is s)
c = "".join(["x", "y", "z"])
x = c[0]
one = [c.strip("yz"), c[0], c.split("y")[0], c.partition("y")[0], "x y".split()[0], "x\ny".splitlines()[0],
       x.translate({}), "{}".format(x), "%s" % x, x * 1, x + "", format(x), x.strip(), x.center(1)]
print([v is chr(120) for v in one])
fresh = ["".join(["x", ""]), "X".lower(), x.upper().lower(), "y".replace("y", "x"), " x".strip() + "",
         "{}".format(1), "%d" % 1, format(1), str(1), repr(1), "%s" % 1, "{:d}".format(1), x.zfill(1)]
print([v is chr(ord(v)) for v in fresh])
