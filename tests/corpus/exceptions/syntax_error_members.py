# SyntaxError's members, set by SyntaxError_init from (msg, (filename, lineno, offset, text[, end_lineno,
# end_offset])), and its str.
import sys
def t(f):
    try:
        r = f()
        print("ok", r.args, r.msg, r.filename, r.lineno, r.offset, r.text, r.end_lineno, r.end_offset, r.print_file_and_line, str(r))
    except TypeError as e:
        print("TypeError", e)
t(lambda: SyntaxError())
t(lambda: SyntaxError("m"))
t(lambda: SyntaxError("m", ("f.py", 3, 4, "text")))
t(lambda: SyntaxError("m", ("/a/b/f.py", 3, 4, "text", 3, 6)))
t(lambda: SyntaxError("m", ["f.py", 3, 4, "text"]))
t(lambda: SyntaxError("m", ("f.py", 3, 4)))
t(lambda: SyntaxError("m", ("f.py", 3, 4, "t", 1, 2, 3)))
t(lambda: SyntaxError("m", ("f.py", 3, 4, "t", 1)))
t(lambda: SyntaxError("m", 5))
t(lambda: SyntaxError("m", ("f.py", "x", 4, "t")))
t(lambda: SyntaxError("m", (None, 2, 4, "t")))
t(lambda: SyntaxError("m", "b", "c"))
t(lambda: IndentationError("m", ("f.py", 3, 4, "text")))
s = SyntaxError("m")
s.lineno = 7
print(str(s))
s.filename = "x/y.py"
print(str(s))
print(sys.getsizeof(SyntaxError()), sys.getsizeof(IndentationError()), sys.getsizeof(TabError()))
