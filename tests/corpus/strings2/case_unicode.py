# Case mappings as CPython's Unicode tables: full mappings (ß, ﬁ), final sigma, title case digraphs.
words = ["hello world", "HELLO", "ß straße", "ﬁsh ﬂow", "ǆemal ǅ Ǆ", "ΣΑΣ ΟΔΟΣ", "όσος Σ", "İstanbul",
         "they're bill's", "o'neil mc2x", "ŉ", "123abc", "", "ΑΣ.", "hello_world-42foo"]
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()))
    print("  ", repr(w.swapcase()), repr(w.casefold()), w.isupper(), w.islower(), w.istitle())
print("Straße".casefold() == "STRASSE".casefold(), "ΣΊΣΥΦΟΣ".lower(), "ǳ".title(), "ǳ".upper())
print("abc".upper().lower(), "Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "A1 B2".istitle())
print("ⅷ".isupper(), "Ⅷ".isupper(), "ª".islower(), "ᵃ".islower(), "ǅ".istitle(), "ǅ".isupper())
print("123".isupper(), "123".islower(), "A123".isupper(), "a_b".islower(), "Σ".lower(), "ΑΣ".lower(), "Σ Σ".lower())
