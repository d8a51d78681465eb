s = "hello"
print(s, len(s), s[0], s[-1], s + " world", repr(s), str(42), repr("it's"), repr('say "hi"'))
print(repr("tab\tnew\nline\\"), "é" + "a", len("😀x"), "😀x"[0])
print(str(None), str(True), str([1, "a"]), str((1,)), repr(()))
print("abc" < "abd", "abc" == "abc", "b" > "abc", "" < "a")
t = "x" * 3
print(t, type(t))
