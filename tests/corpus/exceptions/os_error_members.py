# OSError's members (errno, strerror, filename, filename2) and characters_written, set by oserror_init
# from 2 to 5 arguments, args cut to (errno, strerror) when a filename is given.
import sys
o = OSError(2, "No such file", "f.txt")
print(type(o).__name__, o.errno, o.strerror, o.filename, o.filename2, o.args, str(o))
o = OSError(2, "No such file", "f.txt", None, "g.txt")
print(o.args, o.filename2, str(o))
o = OSError(2, "x", None)
print(o.args, o.filename, str(o))
o = OSError("just a message")
print(o.errno, o.strerror, o.args, str(o))
o = OSError(1, 2, 3, 4, 5, 6)
print(o.errno, o.args, str(o))
o = OSError()
print(o.errno, o.args, repr(str(o)))
o.errno = 5
o.strerror = "set"
print(o.errno, o.strerror, str(o), o.args)
del o.errno
print(o.errno)
print(sys.getsizeof(OSError()), sys.getsizeof(FileNotFoundError()), sys.getsizeof(SyntaxError()))
name = "some_file_" + str(1)
before = sys.getrefcount(name)
e = FileNotFoundError(2, "No such file or directory", name)
print(sys.getrefcount(name) - before, e.args)
try:
    open(name)
except OSError as err:
    print(type(err).__name__, err.errno, err.filename, err.args, sys.getrefcount(err.filename) > 1)
b = BlockingIOError(11, "again", 7)
print(b.characters_written, b.filename, b.args)
try:
    BlockingIOError(11, "x").characters_written
except AttributeError as ex:
    print(ex)
class MyOS(OSError):
    def __init__(self, *a):
        super().__init__(*a)
m = MyOS(2, "n", "fn")
print(type(m).__name__, m.errno, m.filename, m.args)
print(repr(OSError(2, "x", "f")))
