# split, rsplit, splitlines, partition and join in their corner cases.
cases = ["a,b,,c,", ",a", "", "abc", "a, b ,c"]
for c in cases:
    print(repr(c), c.split(","), c.rsplit(","), c.split(",", 1), c.rsplit(",", 1), c.split(",", 0))
ws = ["  a  b\tc\n d  ", "", "   ", "a", "a\x1cb\x1dc\x1ed\x1fe", "x\xa0y\u2003z\u200bw", "one  two"]
for w in ws:
    print(repr(w), w.split(), w.rsplit(), w.split(None, 1), w.rsplit(None, 1), w.split(maxsplit=0))
print("a b c".split(sep=None, maxsplit=1), "a-b-c".rsplit(sep="-", maxsplit=1), "a--b".split("--"))
print("aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"), "abcabc".split("abc"))
lines = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve\n\n"
print(lines.splitlines())
print(lines.splitlines(True))
print(lines.splitlines(keepends=True)[:3], "".splitlines(), "\n".splitlines(), "x\r".splitlines(True), "a\r\n".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("a.b".partition("."), ".".partition("."), "x::y".partition("::"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join(("p", "q")), "+".join(x for x in "ab"))
print("|".join({"k": 1, "j": 2}), "".join(["é", "€", "😀"]), " ".join(map(str, range(5))))
for f in (lambda: "a".split(""), lambda: "a".split(1), lambda: "a".split(foo=1), lambda: "a".split(",", 1, 2),
          lambda: "a".partition(""), lambda: "a".partition(None), lambda: "-".join([1, 2]),
          lambda: "-".join(["a", 2]), lambda: "-".join(5), lambda: "a".rsplit(maxsplit="x"),
          lambda: "a".split(",", maxsplit=1, sep=","), lambda: "a".splitlines(1, 2)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
