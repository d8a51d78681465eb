# repr of strs of every kind: ASCII, latin-1, BMP, astral, control and non-printable characters.
samples = [
    "", "plain", "it's", 'say "hi"', "both ' and \"", "back\\slash",
    "tab\t", "nl\n", "cr\r", "nul\x00", "bell\x07", "del\x7f",
    "\x80", "\x9f", "\xa0", "\xad", "é", "ÿ", "Ā", "€", "\u2028", "\ufeff",
    "中文", "😀", "\U0001F600x", "\udc80", "\U000e0001", "\U0010ffff",
]
for s in samples:
    print(repr(s), len(s))
print(repr(samples))
print(str(samples[1:3]), str(("a",)))
print(ascii("é€😀"), ascii("plain"))
