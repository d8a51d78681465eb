# OSError(errno, strerror, ...) makes the subclass its errno maps to (OSError_new's errnomap).
cases = [
    (2, "No such file"), (13, "denied", "secret.txt"), (1, "not permitted"), (17, "exists"),
    (21, "is a dir"), (20, "not a dir"), (4, "interrupted"), (3, "no process"), (10, "no child"),
    (11, "again"), (114, "already"), (115, "in progress"), (32, "pipe"), (108, "shutdown"),
    (103, "aborted"), (104, "reset"), (111, "refused"), (110, "timed out"), (999, "unknown"),
    (True, "a bool is an int"), ("2", "a str errno"), (2,), (2, "a", "b", None, "c"),
    (2, "a", "b", None, "c", "six"),
]
for args in cases:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, str(e))

print(type(FileNotFoundError(13, "stays")).__name__)
print(type(PermissionError(2, "stays")).__name__)

class Mine(OSError):
    pass

print(type(Mine(2, "a subclass is not mapped")).__name__)
try:
    raise OSError(2, "caught as FileNotFoundError", "f.txt")
except FileNotFoundError as e:
    print("caught", repr(e), e.filename)
print(isinstance(OSError(32, "x"), ConnectionError), issubclass(BrokenPipeError, ConnectionError))
