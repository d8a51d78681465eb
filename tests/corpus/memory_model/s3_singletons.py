# §3: None, True, False, (), '' and one-character latin-1 strs are singletons.
s = "x" + "yz"
print(s[3:] is "", s[:0] is "", "".join([]) is "")
print(tuple() is (), (1,)[1:] is (), tuple([]) is ())
print((1 == 1) is True, (1 == 2) is False, bool([]) is False)
print({}.get(1) is None)
word = "".join(["ab", "ÿ"])
print(word[0] is chr(97), word[2] is chr(255), word[1] is word[1:2])
print(chr(256) is chr(256))
