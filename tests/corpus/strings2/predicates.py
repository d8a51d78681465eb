# The is* predicates over ASCII, Latin-1 and other Unicode characters.
samples = ["abc", "ABC", "abc123", "123", "", " ", "\t\n\x0b\x0c\r", "\x1c\x1d\x1e\x1f", "\x85", "\xa0",
           "\u2000\u200a", "\u3000", "\u200b", "a b", "é", "ñÑ", "½", "²", "①", "٣", "Ⅻ", "一二三", "〇",
           "_", "_x1", "1x", "class", "ünïcode", "a-b", "\x00", "\x7f", "é\u0301", "😀", "\U0001d7d9",
           "x\u00ad", "\u2028", "\ufeff", "ab\u0300"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "isnumeric",
         "isprintable", "isspace", "islower", "isupper", "istitle"]
print(" ".join(n[2:] for n in names))
for s in samples:
    row = []
    for n in names:
        row.append("T" if getattr(s, n)() else ".")
    print(ascii(s), "".join(row))
try:
    "abc".isalpha(1)
except TypeError as e:
    print("TypeError:", e)
