# str.format's field syntax: numbering, attribute and index access, conversions, nested specs, format_map.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "<%s,%s>" % (self.x, self.y)
    def __format__(self, spec):
        return "P" + spec

p = P(1, "é")
print("{} {} {}".format(1, "a", 2.5), "{2}{1}{0}{1}".format("a", "b", "c"), "{0}{0}".format("x"))
print("{x} and {y}".format(x=1, y=[2]), "{0.x} {0.y!r} {0.y!a}".format(p), "{p.x}".format(p=p))
print("{0[1]} {1[-1]} {1[k]} {1[k][0]}".format([10, 20], {"k": "vw", "-1": "neg"}), "{a[0]}".format(a="str"))
print("{!r} {!s} {!a} {}".format(p, p, p, p), "{:>6}|{:<6}|{:^6}".format("ab", "cd", "ef"))
print("{0:{1}}|{0:{1}{2}}|{3:{fill}^{w}}".format(42, 8, "x", "mid", fill="*", w=9))
print("{:{}{}}".format(3.14159, ".", "3"), "{:.{prec}f}".format(2.71828, prec=2), "{{}} {{{0}}}".format(7))
print("{0:>{1}}".format("r", 4), "{:%}".format(0.25), "{:,}".format(10**9), "{:_x}".format(2**40), "{:#b}".format(5))
print("{:abc}".format(p), "{}".format(True), "{:d}".format(True), "{}".format(b"x"))
print("{0!r:>10}".format("hi"), "{0!s:^7}".format(12), "{[0]!r}".format(["q"]), "{0:}".format("plain"))
print("Name: {name:<8}Age: {age:03d}".format_map({"name": "Ann", "age": 7}))

class Default(dict):
    def __getitem__(self, key):
        return "<" + key + ">"

print("{a} {b}".format_map(Default()), "{}".format("{}"), "{x}{x}".format_map({"x": 1}))
errors = ["{", "}", "{0", "{0!}", "{0!x}", "{0!rr}", "{} {0}", "{0} {}", "{2}", "{a}", "{0[}", "{0.}",
          "{0[0]x}", "{:d}", "{0:{1:{2:{3}}}}", "{:=s}", "{0.nope}", "{0[5]}", "{0:x}"]
for e in errors:
    try:
        print(repr(e.format("ab", 1, 2, 3)))
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as ex:
        print(repr(e), type(ex).__name__ + ":", ex)
try:
    "{0}".format_map({})
except ValueError as ex:
    print("ValueError:", ex)
try:
    "{x}".format_map({})
except KeyError as ex:
    print("KeyError:", ex)
