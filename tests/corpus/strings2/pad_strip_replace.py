# center/ljust/rjust/zfill/expandtabs, the strips, replace with a count, removeprefix/removesuffix.
for w in ["abc", "ab", "", "€"]:
    print(repr(w.center(7)), repr(w.center(6, "*")), repr(w.ljust(5, "-")), repr(w.rjust(5, "é")), repr(w.center(2)))
print(repr("abc".center(4)), repr("abcd".center(5)), repr("a".center(4, "<")), repr("ab".center(5, ">")))
for z in ["42", "-42", "+42", "", "-", "abc", "--1", "3.14", "-0"]:
    print(repr(z.zfill(6)), repr(z.zfill(1)), end=" ")
print()
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\n\tc\r\td".expandtabs(3)))
print(repr("\t".expandtabs(0)), repr("x\ty".expandtabs(-1)), repr("a\tb".expandtabs(tabsize=2)), repr("no tabs".expandtabs()))
t = " \t\n xyx hello xyx \r\n"
print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip(" \t\n\rx")), repr(t.strip("")))
print(repr("xxhixx".strip("x")), repr("xyhiyx".lstrip("xy")), repr("xyhiyx".rstrip("yx")), repr("\xa0a\u3000".strip()))
print(repr("aaa".strip("a")), repr("".strip()), repr("abc".strip(None)), repr("€x€".strip("€")))
r = "one two one two one"
print(r.replace("one", "1"), r.replace("one", "1", 2), r.replace("one", "1", 0), r.replace("one", "1", -1))
print(r.replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""), "aaaa".replace("aa", "b"))
print(r.replace("z", "y"), "ab".replace("ab", "é€"), "abcabc".replace("bc", "", 1))
print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "file.py".removesuffix(".py"),
      "py".removesuffix("py"), "abc".removeprefix(""), "abc".removesuffix(""))
for f in (lambda: "a".center(), lambda: "a".center(5, "ab"), lambda: "a".center(5, 1), lambda: "a".ljust("5"),
          lambda: "a".zfill(), lambda: "a".zfill(2.0), lambda: "a".strip(1), lambda: "a".strip("a", "b"),
          lambda: "a".replace("a"), lambda: "a".replace("a", 1), lambda: "a".replace("a", "b", "c"),
          lambda: "a".removeprefix(1), lambda: "a".expandtabs("x"), lambda: "a".rjust(3, "")):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
