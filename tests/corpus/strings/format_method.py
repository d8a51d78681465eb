# str.format and format(): positional, named, indexed fields and the spec mini-language.
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="ann", age=30))
print("{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("{:>6}|{:<6}|{:^6}|".format("ab", "cd", "ef"))
print("{:08.3f} {:+d} {: d} {:,d}".format(3.14159, 7, 7, 10 ** 9))
print(format(255, "x"), format(3.5, ".0f"), format(2.5, ".0f"), format(0.5, ".0f"), format("s", "^5"))
print(format(123, ""), format(1e100), format(-0.0), repr(format(1.0, "")))
print("{!r} {!s}".format("q", "q"), "{{}}".format())
print("%s %d %5.2f %r %x %%" % ("s", 42, 2.5, "r", 255))
print("%-5s|%05d|%+.1e" % ("ab", 42, 12345.678))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
