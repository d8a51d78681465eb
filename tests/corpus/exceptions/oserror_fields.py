# OSError(errno, strerror[, filename[, winerror[, filename2]]]): the fields, args without the filename, str
try:
    open("/nonexistent/x")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))
    print(repr(e))
e = OSError(2, "No such file")
print(e.errno, e.strerror, e.filename, e.args, str(e))
e = OSError("just a message")
print(e.errno, e.strerror, e.args, str(e))
e = OSError(1, "a", "f", None, "g")
print(e.args, str(e), e.filename2)
e = OSError()
print(e.errno, e.args, repr(str(e)))
e = FileNotFoundError(2, "gone", "name.txt")
e.errno = 99
print(e.errno, str(e))
try:
    open("/")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
