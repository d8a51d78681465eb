# find, index, count, startswith, endswith, in.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find(""))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.startswith(("a", "t")), "fox" in s, "cat" not in s, "" in s)
print(s.find("o", 20, 30), s.count("o", 0, 15))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
print("aaaa".count("aa"), "abcabc".rfind("abc"), "abc".find("c", -1))
print("mississippi".replace("ss", "SS"), "mississippi".replace("s", "", 2))
print("a,b,,c".replace(",", ";"), "x".replace("", "-"))
