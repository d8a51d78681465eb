# A SyntaxError raised by the program: its fields, str(), and how the traceback shows where it points.
e = SyntaxError("bad token", ("calc.txt", 3, 5, "  x = 1 $ 2\n"))
print(str(e), repr(e), e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.print_file_and_line)
print(str(SyntaxError()), str(SyntaxError("m")), SyntaxError("m").lineno)
e2 = SyntaxError("m2", ("f.py", 1, 2, "abc", 1, 4))
print(e2.end_offset, str(e2))
e.lineno = 9
print(e.lineno, str(e))
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError), IOError is OSError, EnvironmentError is OSError)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError), issubclass(UserWarning, Warning), issubclass(Warning, Exception))
try:
    raise IndentationError("x")
except SyntaxError as err:
    print(type(err).__name__, err)
class ParseError(SyntaxError):
    pass
try:
    raise ParseError("custom", ("in.txt", 2, 1, "oops"))
except SyntaxError as err:
    print(err, err.filename)
raise SyntaxError("bad token", ("calc.txt", 3, 7, "  x = 1 $ 2\n"))
