# None, True, False, the empty tuple and the empty str are singletons however they are made.
def nothing():
    pass
print(nothing() is None, [].append(1) is None, {}.get("x") is None, print("x") is None)
print((1 < 2) is True, bool(5) is True, (not 1) is False, isinstance(1, str) is False)
print(tuple() is (), tuple([]) is (), ()[:] is (), (1, 2)[5:] is (), tuple(x for x in []) is ())
e = (1,)
print(e[1:] is (), e * 0 is (), () + () is ())
s = "abc"
print(s[3:] is "", str() is "", "".join([]) is "", s * 0 is "", s.replace("abc", "") is "")
print("".strip() is "", str("") is "", "x"[1:] is "", f"" is "", f"{''}" is "")
print(type(None)() is None, bool() is False, type(True)(1) is True)
print(id(None) == id(nothing()), id(()) == id(tuple()), id("") == id(str()))
