# String and bytes literals: quotes, prefixes, implicit concatenation across lines.
a = 'single'
b = "double"
c = '''triple single'''
d = """triple
double"""
e = r'raw\n' R"RAW\t"
f = ("implicit "
     "concatenation "
     'across lines')
print(a, b, c, d, e, f, sep="|")
print(b"bytes", B'\x00\xff', rb"\d", Rb"x", br'\n', len(b"\n"), len(rb"\n"))
print(type(b"x").__name__, b"ab" + b"cd", b"a" * 3, b"abc"[0], b"abc"[1:])
print(u"unicode prefix", F"capital f {1 + 1}", rf"raw {2}\n", fR"{3}\t")
g = "" "" ''
print(repr(g), len("\
"))
