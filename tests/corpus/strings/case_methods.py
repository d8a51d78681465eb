# Case conversion and classification methods of str.
s = "Hello, World! 123"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print("hELLO wORLD".capitalize(), "they're bill's".title())
for t in ["abc", "ABC", "Abc", "123", "abc123", "", " ", "a b", "\t\n", "Hello World", "ß", "ǅ"]:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isupper(), t.islower(), t.isspace(), t.istitle())
print("ß".upper(), "Straße".lower(), "ǆ".title())
print("x1".isidentifier(), "1x".isidentifier(), "_".isidentifier(), "a-b".isidentifier())
print("42".isdecimal(), "4.2".isnumeric(), "abc".casefold())
