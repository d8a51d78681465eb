# find/rfind/index/rindex/count/startswith/endswith with start and end, as slice indices.
s = "the cat sat on the mat with the hat"
for args in [("the",), ("the", 1), ("the", 1, 20), ("the", -10), ("the", -100, -1), ("at", 5, 7),
             ("", 0), ("", 36), ("", 37), ("", 100), ("", -3), ("hat", None, None), ("t", 10**30),
             ("t", -10**30), ("xyz",), ("", 5, 2)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print("aaaa".count("aa"), "aaaa".count("a", 1, -1), "".count(""), "abc".count("", 1, 2), "abc".count("", 4))
print(s.index("cat"), s.rindex("at"), s.index("t", 2), s.rindex("t", 0, 5))
for f in (lambda: s.index("dog"), lambda: s.rindex("the", 20, 25), lambda: s.find(1),
          lambda: s.count(), lambda: s.find("a", "b"), lambda: s.index("a", 1, 2, 3),
          lambda: s.startswith(1), lambda: s.startswith(("a", 1)), lambda: s.endswith(["x"])):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(s.startswith("the"), s.startswith("cat", 4), s.startswith("cat", 4, 6), s.startswith(("dog", "the")))
print(s.endswith("hat"), s.endswith("with", 0, -8), s.endswith(("x", "at")), s.endswith("", 36), s.endswith("", 37))
print("abc".startswith(""), "abc".startswith("", 3), "abc".startswith("", 4), "".endswith(""), "abc".endswith("abc", -100))
print(s.find("the", True), s.startswith(()), "héllo wörld".find("wö"), "€uro €".rfind("€"), "😀a😀".count("😀"))
