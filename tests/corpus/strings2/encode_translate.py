# encode/decode with error handlers, maketrans/translate, ascii().
s = "héllo €uro 😀"
for enc in ["utf-8", "UTF8", "latin-1", "iso-8859-1", "ascii", "utf_8"]:
    for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        print(enc, errors, s.encode(enc, errors))
print(s.encode(), s.encode(encoding="utf-8"), "abc".encode("ascii"), len(s.encode()), "".encode())
for f in (lambda: s.encode("ascii"), lambda: s.encode("latin-1"), lambda: "é€".encode("ascii"),
          lambda: s.encode("nope"), lambda: s.encode("ascii", "nope"), lambda: s.encode(1),
          lambda: "abc".encode(errors=5), lambda: b"\xff".decode(), lambda: b"\xc3".decode("utf-8"),
          lambda: b"\xe9t\xe9".decode("ascii"), lambda: b"ab\xffcd\xfe".decode("utf-8", "x")):
    try:
        print(f())
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(UnicodeEncodeError, ValueError), issubclass(UnicodeDecodeError, UnicodeError))
b = s.encode()
print(b.decode(), b.decode("utf-8"), b.decode(errors="strict"), b"\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"))
print(b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("ascii", "backslashreplace"), str(b"caf\xc3\xa9", "utf-8"))
print(bytes("é", "utf-8"), bytes("é", "latin-1"), bytes("é€", "ascii", "replace"), str(b"\xe9", "latin-1", "strict"))
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t), "cab".translate(t))
t2 = str.maketrans("ab", "AB", "xyz")
print(sorted(t2.items()), "axbycz".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "é": 101})
print(sorted(t3.items()), "abcdé".translate(t3), "abc".translate({97: None}), "abc".translate({}))
print("hello".translate({ord("l"): "L"}), "abc".translate(["x", "y", "z"]), "😀".translate({0x1F600: "smile"}))
for f in (lambda: str.maketrans("ab", "x"), lambda: str.maketrans([1]), lambda: str.maketrans({"ab": 1}),
          lambda: str.maketrans({1.5: 1}), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}),
          lambda: str.maketrans(), lambda: str.maketrans("a", 1)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(ascii("plain"), ascii("é€😀\n"), ascii(["é", 1, ("ß",)]), ascii({"k": "ü"}), ascii(1.5), ascii(b"\xff"))
print(repr("é€😀\x00\x7f\x80\xad"), "{!a}".format("ñ"), "%a" % "ñ")
