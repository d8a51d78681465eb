# Concatenation, repetition, comparison, membership, len, ord/chr.
a = "abc"
print(a + "def", a * 3, 3 * "ab", a * 0, a * -1 == "")
print("abc" < "abd", "ab" < "abc", "B" < "a", "é" > "z", "😀" > "€")
print(sorted(["banana", "Apple", "cherry", "apple"]))
print(len(""), len("abc"), len("é€😀"))
print(ord("a"), ord("é"), ord("€"), ord("😀"), chr(97), chr(233), chr(8364), chr(128512))
print("a" in "abc", "ac" in "abc", "" in "")
print(str(1), str(1.5), str(-0.0), str([1]), str("s"), str(b"b"))
print(min("hello"), max("hello"), list("hi"), tuple("ok"))
print("abc".__len__(), "abc".__contains__("b"), "x".__add__("y"))
print(hash("") == 0, "abc" == "ab" + "c", "a" != "b")
s = "x"
s += "y"
s *= 2
print(s)
