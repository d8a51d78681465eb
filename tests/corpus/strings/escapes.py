# Escape sequences in literals and raw strings.
print("tab:\t|", "newline escaped in repr:", repr("a\nb"))
print(len("\n"), len("\\n"), len(r"\n"), r"\n", r"C:\path\to")
print("\x41\x42", "\101", "\u00e9", "\u20ac", "\U0001F600", "\N{LATIN SMALL LETTER A}")
print(repr("\x00\x07\x08\x0b\x0c\x1b\x7f"))
print(repr("quote ' and \" both"), repr('single \''), repr("double \""))
print("line one\
 continued")
print("""triple "quoted" with 'both'
and a newline""")
print('''single triple''', "a" "b" 'c', "implicit " "concat")
print(repr(r"raw \t stays"), len(r"\\"))
print(repr("\r\n"), repr("\\"), "\\")
