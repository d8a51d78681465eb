# split, rsplit, splitlines, partition, join.
print("a b  c".split(), "a b  c".split(" "), "  lead trail  ".split())
print("a,b,c".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("".split(), "".split(","), "abc".split("abc"))
print("line1\nline2\r\nline3\n".splitlines(), "x\ny".splitlines(True))
print("key=value=more".partition("="), "novalue".partition("="), "a=b=c".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(str(i) for i in range(4)))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("1 2 3".split(maxsplit=1), "a\tb\nc".split())
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
