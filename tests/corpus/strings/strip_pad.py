# strip family, padding and alignment.
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("w."))
print(repr("42".zfill(5)), repr("-42".zfill(6)), repr("abc".zfill(2)))
print(repr("hi".center(8)), repr("hi".center(7, "*")), repr("hi".ljust(5, ".")), repr("hi".rjust(5)))
print(repr("tab\there".expandtabs()), repr("a\tb".expandtabs(4)))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
