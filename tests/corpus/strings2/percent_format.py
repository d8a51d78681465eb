# printf-style formatting: every conversion, flag, width and precision, mappings, and the errors.
print("%d %i %u %o %x %X %e %E %f %F %g %G %c %r %s %a %%" % (42, -7, 3, 8, 255, 255, 12345.678, 0.00012,
      3.14159, -2.5, 1e-5, 1e20, 65, "r'", "s", "é"))
for fmt in ["%5d|", "%-5d|", "%05d|", "%+d|", "% d|", "%+05d|", "%-+5d|", "% 05d|", "%.3d|", "%8.3d|", "%-08.3d|"]:
    print(fmt, fmt % 42, fmt % -42, fmt % 0)
for fmt in ["%#o", "%#x", "%#X", "%#5x", "%#05x", "%-#6o|", "%+#x", "%x", "%o"]:
    print(fmt, fmt % 255, fmt % -255, fmt % 0)
for fmt in ["%.0f", "%.1f", "%10.3f", "%-10.2f|", "%010.2f", "%+.2e", "%#.0f", "%#.0e", "%g", "%#g", "%.3g",
            "%10.4G", "%e", "%.0e", "% f", "%F"]:
    print(fmt, fmt % 1234.5678, fmt % -0.000123, fmt % 0.5, fmt % 2.5)
print("%f %e %g %5.1f %05f %-6f|" % ((float("inf"),) * 3 + (float("-inf"), float("inf"), float("nan"))))
print("%s|%10s|%-10s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc", "abc"), "%r %a %s" % ("é€", "é€", "é€"))
print("%*d|%-*d|%.*f|%*.*f|" % (6, 1, 6, 2, 2, 3.14159, 8, 1, 2.55), "%*d" % (-5, 3))
print("%(a)s-%(b)05.1f-%(a)r-%%" % {"a": "x", "b": 2.25}, "%(k)s" % {"k": [1, 2]}, "%s" % [1, 2])
print("%s %s" % (1, (2, 3)), "%s" % ((1, 2),), "%d%%" % 50, "%c%c%c" % (72, "i", 0x20ac), "%5c|%-3c|" % ("x", 65))
print("%d %i" % (3.99, -3.99), "%d" % True, "%x" % True, "%s %r" % (None, None), "%.3s" % 12345, "%10.4r|" % "abc")
print("no args" % (), "lit %%" % (), "%s" % "%s", "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%i" % 10**20)
print(b"%d %s %c %x %b %r %a" % (5, b"by", 65, 255, b"b", b"x", "é"), b"%5s|%-5b|" % (b"ab", b"c"), b"plain" % ())
print(b"%(k)s" % {b"k": b"v"}, b"%%" % (), b"%c" % b"z", b"%.1f" % 2.25)
errors = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%x", 3.5), ("%c", 1114112), ("%c", "ab"), ("%y", 1),
          ("%", ()), ("%(a", {}), ("%(a)s", 5), ("%(a)s", {}), ("hello", 5), ("%e", "x"), ("%*d", ("a", 1)),
          ("%5%", ()), ("%5%", (1,)), ("%.1f", None), ("%o", "s"), ("%c", -1), ("%s %(a)s", {"a": 1}),
          ("%d", [])]
for fmt, args in errors:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
for fmt, args in [(b"%s", "str"), (b"%c", 256), (b"%c", "a"), (b"%d %d", (1,)), (b"x", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__ + ":", e)
print("hello" % [], "hello" % {}, "%s" % {"a": 1})
