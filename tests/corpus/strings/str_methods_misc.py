# encode, translate-like replace chains, isprintable, and multiplication tables.
s = "héllo"
b = s.encode("utf-8")
print(b, len(b), b.decode("utf-8") == s, s.encode("latin-1"))
print("abc".encode(), type(b).__name__)
print("Hello\x00".isprintable(), "Hello".isprintable(), "".isprintable())
print("one two three".split()[::-1], " ".join(reversed("one two".split())))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
text = "The rain in Spain"
print(text.lower().count("ain"), [w for w in text.split() if "ai" in w])
print("{:<4}{:>4}".format("a", "b"), "%3d|" % 5)
print("x".join("abc"), "abc".startswith(""), "aBc".swapcase())
