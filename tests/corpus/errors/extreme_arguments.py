# Builtins and operators given arguments at and past the edges of C int, C long, Py_ssize_t and
# memory: CPython 3.11's results or errors, never the VM's own.
import sys
try:
    _r = ("a".center(2**63))
    print(0, repr(_r)[:80])
except Exception as _e:
    print(0, type(_e).__name__, str(_e)[:120])
try:
    _r = ("a".center(-5))
    print(1, repr(_r)[:80])
except Exception as _e:
    print(1, type(_e).__name__, str(_e)[:120])
try:
    _r = ("abc"[2**63:])
    print(2, repr(_r)[:80])
except Exception as _e:
    print(2, type(_e).__name__, str(_e)[:120])
try:
    _r = ("abc"[-2**63:2**64:2**65])
    print(3, repr(_r)[:80])
except Exception as _e:
    print(3, type(_e).__name__, str(_e)[:120])
try:
    _r = ([1,2,3][::2**63])
    print(4, repr(_r)[:80])
except Exception as _e:
    print(4, type(_e).__name__, str(_e)[:120])
try:
    _r = ([1,2,3][::-2**63])
    print(5, repr(_r)[:80])
except Exception as _e:
    print(5, type(_e).__name__, str(_e)[:120])
try:
    _r = (list(range(10))[2**70])
    print(6, repr(_r)[:80])
except Exception as _e:
    print(6, type(_e).__name__, str(_e)[:120])
try:
    _r = ((1,2)[2**70])
    print(7, repr(_r)[:80])
except Exception as _e:
    print(7, type(_e).__name__, str(_e)[:120])
try:
    _r = ("abc".find("b", 2**70))
    print(8, repr(_r)[:80])
except Exception as _e:
    print(8, type(_e).__name__, str(_e)[:120])
try:
    _r = ("abc".find("b", -2**70, 2**70))
    print(9, repr(_r)[:80])
except Exception as _e:
    print(9, type(_e).__name__, str(_e)[:120])
try:
    _r = ("abc".count("", 2**64))
    print(10, repr(_r)[:80])
except Exception as _e:
    print(10, type(_e).__name__, str(_e)[:120])
try:
    _r = ("x".expandtabs(2**40))
    print(11, repr(_r)[:80])
except Exception as _e:
    print(11, type(_e).__name__, str(_e)[:120])
try:
    _r = ("\tx".expandtabs(2**31))
    print(12, repr(_r)[:80])
except Exception as _e:
    print(12, type(_e).__name__, str(_e)[:120])
try:
    _r = ("ab".splitlines(2**70))
    print(13, repr(_r)[:80])
except Exception as _e:
    print(13, type(_e).__name__, str(_e)[:120])
try:
    _r = ("a b".split(None, 2**70))
    print(14, repr(_r)[:80])
except Exception as _e:
    print(14, type(_e).__name__, str(_e)[:120])
try:
    _r = ("a b".rsplit(None, -2**70))
    print(15, repr(_r)[:80])
except Exception as _e:
    print(15, type(_e).__name__, str(_e)[:120])
try:
    _r = ("a".replace("a", "b", 2**70))
    print(16, repr(_r)[:80])
except Exception as _e:
    print(16, type(_e).__name__, str(_e)[:120])
try:
    _r = ("abc".startswith("a", 2**70))
    print(17, repr(_r)[:80])
except Exception as _e:
    print(17, type(_e).__name__, str(_e)[:120])
try:
    _r = (round(1.5, 2**70))
    print(18, repr(_r)[:80])
except Exception as _e:
    print(18, type(_e).__name__, str(_e)[:120])
try:
    _r = (round(1.5, -2**70))
    print(19, repr(_r)[:80])
except Exception as _e:
    print(19, type(_e).__name__, str(_e)[:120])
try:
    _r = (round(123, 2**70))
    print(20, repr(_r)[:80])
except Exception as _e:
    print(20, type(_e).__name__, str(_e)[:120])
try:
    _r = (pow(2, 2**70, 7))
    print(21, repr(_r)[:80])
except Exception as _e:
    print(21, type(_e).__name__, str(_e)[:120])
try:
    _r = (pow(2, -1, 7))
    print(22, repr(_r)[:80])
except Exception as _e:
    print(22, type(_e).__name__, str(_e)[:120])
try:
    _r = (pow(0, -1))
    print(23, repr(_r)[:80])
except Exception as _e:
    print(23, type(_e).__name__, str(_e)[:120])
try:
    _r = (2 ** -2**70)
    print(24, repr(_r)[:80])
except Exception as _e:
    print(24, type(_e).__name__, str(_e)[:120])
try:
    _r = (2.0 ** 2**70)
    print(25, repr(_r)[:80])
except Exception as _e:
    print(25, type(_e).__name__, str(_e)[:120])
try:
    _r = (10 ** 10 ** 10 if False else 0)
    print(26, repr(_r)[:80])
except Exception as _e:
    print(26, type(_e).__name__, str(_e)[:120])
try:
    _r = ((1).to_bytes(2**40, "big"))
    print(27, repr(_r)[:80])
except Exception as _e:
    print(27, type(_e).__name__, str(_e)[:120])
try:
    _r = (int.from_bytes(b"\x01" * 10, "big"))
    print(28, repr(_r)[:80])
except Exception as _e:
    print(28, type(_e).__name__, str(_e)[:120])
try:
    _r = ((255).to_bytes(1, "little", signed=True))
    print(29, repr(_r)[:80])
except Exception as _e:
    print(29, type(_e).__name__, str(_e)[:120])
try:
    _r = (chr(2**70))
    print(30, repr(_r)[:80])
except Exception as _e:
    print(30, type(_e).__name__, str(_e)[:120])
try:
    _r = (chr(-1))
    print(31, repr(_r)[:80])
except Exception as _e:
    print(31, type(_e).__name__, str(_e)[:120])
try:
    _r = (ord(""))
    print(32, repr(_r)[:80])
except Exception as _e:
    print(32, type(_e).__name__, str(_e)[:120])
try:
    _r = ("%c" % 2**70)
    print(33, repr(_r)[:80])
except Exception as _e:
    print(33, type(_e).__name__, str(_e)[:120])
try:
    _r = ("%c" % -1)
    print(34, repr(_r)[:80])
except Exception as _e:
    print(34, type(_e).__name__, str(_e)[:120])
try:
    _r = ("{:c}".format(2**70))
    print(35, repr(_r)[:80])
except Exception as _e:
    print(35, type(_e).__name__, str(_e)[:120])
try:
    _r = ("{:c}".format(-1))
    print(36, repr(_r)[:80])
except Exception as _e:
    print(36, type(_e).__name__, str(_e)[:120])
try:
    _r = (bin(-2**70))
    print(37, repr(_r)[:80])
except Exception as _e:
    print(37, type(_e).__name__, str(_e)[:120])
try:
    _r = (hex(2**200)[:10])
    print(38, repr(_r)[:80])
except Exception as _e:
    print(38, type(_e).__name__, str(_e)[:120])
try:
    _r = (divmod(2**70, 0))
    print(39, repr(_r)[:80])
except Exception as _e:
    print(39, type(_e).__name__, str(_e)[:120])
try:
    _r = (divmod(1.0, 0.0))
    print(40, repr(_r)[:80])
except Exception as _e:
    print(40, type(_e).__name__, str(_e)[:120])
try:
    _r = (float(2**2000))
    print(41, repr(_r)[:80])
except Exception as _e:
    print(41, type(_e).__name__, str(_e)[:120])
try:
    _r = (int(float("inf")))
    print(42, repr(_r)[:80])
except Exception as _e:
    print(42, type(_e).__name__, str(_e)[:120])
try:
    _r = (int(float("nan")))
    print(43, repr(_r)[:80])
except Exception as _e:
    print(43, type(_e).__name__, str(_e)[:120])
try:
    _r = (1 << 2**70)
    print(44, repr(_r)[:80])
except Exception as _e:
    print(44, type(_e).__name__, str(_e)[:120])
try:
    _r = (1 >> 2**70)
    print(45, repr(_r)[:80])
except Exception as _e:
    print(45, type(_e).__name__, str(_e)[:120])
try:
    _r = (-1 >> 2**70)
    print(46, repr(_r)[:80])
except Exception as _e:
    print(46, type(_e).__name__, str(_e)[:120])
try:
    _r = (1 << -1)
    print(47, repr(_r)[:80])
except Exception as _e:
    print(47, type(_e).__name__, str(_e)[:120])
try:
    _r = ((2**70).bit_length())
    print(48, repr(_r)[:80])
except Exception as _e:
    print(48, type(_e).__name__, str(_e)[:120])
try:
    _r = (abs(-2**200) > 0)
    print(49, repr(_r)[:80])
except Exception as _e:
    print(49, type(_e).__name__, str(_e)[:120])
try:
    _r = (sum([2**62, 2**62, 2**62]))
    print(50, repr(_r)[:80])
except Exception as _e:
    print(50, type(_e).__name__, str(_e)[:120])
try:
    _r = (sum([1.0, 2**2000]))
    print(51, repr(_r)[:80])
except Exception as _e:
    print(51, type(_e).__name__, str(_e)[:120])
try:
    _r = (max([], default=2**70))
    print(52, repr(_r)[:80])
except Exception as _e:
    print(52, type(_e).__name__, str(_e)[:120])
try:
    _r = (sorted(range(5), key=lambda x: 2**70 - x))
    print(53, repr(_r)[:80])
except Exception as _e:
    print(53, type(_e).__name__, str(_e)[:120])
try:
    _r = (list(enumerate("ab", 2**70)))
    print(54, repr(_r)[:80])
except Exception as _e:
    print(54, type(_e).__name__, str(_e)[:120])
try:
    _r = (range(0, 2**70, 2**68)[-1])
    print(55, repr(_r)[:80])
except Exception as _e:
    print(55, type(_e).__name__, str(_e)[:120])
try:
    _r = (len(range(-2**70, 2**70)))
    print(56, repr(_r)[:80])
except Exception as _e:
    print(56, type(_e).__name__, str(_e)[:120])
try:
    _r = (range(2**70)[::2**69])
    print(57, repr(_r)[:80])
except Exception as _e:
    print(57, type(_e).__name__, str(_e)[:120])
try:
    _r = ([0][2**63 - 1])
    print(58, repr(_r)[:80])
except Exception as _e:
    print(58, type(_e).__name__, str(_e)[:120])
try:
    _r = ([0] * 0 * 2**70)
    print(59, repr(_r)[:80])
except Exception as _e:
    print(59, type(_e).__name__, str(_e)[:120])
try:
    _r = ("".join([]) * 2**70)
    print(60, repr(_r)[:80])
except Exception as _e:
    print(60, type(_e).__name__, str(_e)[:120])
try:
    _r = (dict.fromkeys(range(3)))
    print(61, repr(_r)[:80])
except Exception as _e:
    print(61, type(_e).__name__, str(_e)[:120])
try:
    _r = ({}.get(2**70))
    print(62, repr(_r)[:80])
except Exception as _e:
    print(62, type(_e).__name__, str(_e)[:120])
try:
    _r = (hash(2**70))
    print(63, repr(_r)[:80])
except Exception as _e:
    print(63, type(_e).__name__, str(_e)[:120])
try:
    _r = (hash(-1))
    print(64, repr(_r)[:80])
except Exception as _e:
    print(64, type(_e).__name__, str(_e)[:120])
try:
    _r = (hash(float("inf")))
    print(65, repr(_r)[:80])
except Exception as _e:
    print(65, type(_e).__name__, str(_e)[:120])
try:
    _r = (hash(float("nan")) == hash(float("nan")))
    print(66, repr(_r)[:80])
except Exception as _e:
    print(66, type(_e).__name__, str(_e)[:120])
try:
    _r = (id(1) > 0)
    print(67, repr(_r)[:80])
except Exception as _e:
    print(67, type(_e).__name__, str(_e)[:120])
try:
    _r = (isinstance(1, ()))
    print(68, repr(_r)[:80])
except Exception as _e:
    print(68, type(_e).__name__, str(_e)[:120])
try:
    _r = (issubclass(int, (object,) * 1000))
    print(69, repr(_r)[:80])
except Exception as _e:
    print(69, type(_e).__name__, str(_e)[:120])
try:
    _r = (getattr(1, "x" * 100000, 5))
    print(70, repr(_r)[:80])
except Exception as _e:
    print(70, type(_e).__name__, str(_e)[:120])
try:
    _r = (setattr(object(), "a", 1))
    print(71, repr(_r)[:80])
except Exception as _e:
    print(71, type(_e).__name__, str(_e)[:120])
try:
    _r = ("{0!r:>10}".format(2**70))
    print(72, repr(_r)[:80])
except Exception as _e:
    print(72, type(_e).__name__, str(_e)[:120])
try:
    _r = ("{:_x}".format(2**70))
    print(73, repr(_r)[:80])
except Exception as _e:
    print(73, type(_e).__name__, str(_e)[:120])
try:
    _r = ("{:,.2f}".format(2**70))
    print(74, repr(_r)[:80])
except Exception as _e:
    print(74, type(_e).__name__, str(_e)[:120])
try:
    _r = ("{:e}".format(2**2000))
    print(75, repr(_r)[:80])
except Exception as _e:
    print(75, type(_e).__name__, str(_e)[:120])
try:
    _r = ("{:.0e}".format(10**400))
    print(76, repr(_r)[:80])
except Exception as _e:
    print(76, type(_e).__name__, str(_e)[:120])
try:
    _r = ("%e" % 10**400)
    print(77, repr(_r)[:80])
except Exception as _e:
    print(77, type(_e).__name__, str(_e)[:120])
try:
    _r = ("%d" % 1e300)
    print(78, repr(_r)[:80])
except Exception as _e:
    print(78, type(_e).__name__, str(_e)[:120])
try:
    _r = ("%x" % 1.5)
    print(79, repr(_r)[:80])
except Exception as _e:
    print(79, type(_e).__name__, str(_e)[:120])
try:
    _r = ("%s" % ((),))
    print(80, repr(_r)[:80])
except Exception as _e:
    print(80, type(_e).__name__, str(_e)[:120])
try:
    _r = ("%(a)s" % {"a": 1})
    print(81, repr(_r)[:80])
except Exception as _e:
    print(81, type(_e).__name__, str(_e)[:120])
try:
    _r = ("%(a" % {"a": 1})
    print(82, repr(_r)[:80])
except Exception as _e:
    print(82, type(_e).__name__, str(_e)[:120])
try:
    _r = ("%.*f" % (2**70, 1.0))
    print(83, repr(_r)[:80])
except Exception as _e:
    print(83, type(_e).__name__, str(_e)[:120])
try:
    _r = ("%*d" % (2**70, 1))
    print(84, repr(_r)[:80])
except Exception as _e:
    print(84, type(_e).__name__, str(_e)[:120])
try:
    _r = ("%*d" % (-(2**40), 1))
    print(85, repr(_r)[:80])
except Exception as _e:
    print(85, type(_e).__name__, str(_e)[:120])
try:
    _r = (format(1.5, "%"))
    print(86, repr(_r)[:80])
except Exception as _e:
    print(86, type(_e).__name__, str(_e)[:120])
try:
    _r = (format(2**70, "n"))
    print(87, repr(_r)[:80])
except Exception as _e:
    print(87, type(_e).__name__, str(_e)[:120])
try:
    _r = (format(1.5, "=+020.3f"))
    print(88, repr(_r)[:80])
except Exception as _e:
    print(88, type(_e).__name__, str(_e)[:120])
try:
    _r = (format(-0.0, "+.0f"))
    print(89, repr(_r)[:80])
except Exception as _e:
    print(89, type(_e).__name__, str(_e)[:120])
try:
    _r = (complex(1, 2) if False else 0)
    print(90, repr(_r)[:80])
except Exception as _e:
    print(90, type(_e).__name__, str(_e)[:120])
try:
    _r = (divmod(-7, 2**70))
    print(91, repr(_r)[:80])
except Exception as _e:
    print(91, type(_e).__name__, str(_e)[:120])
try:
    _r = ((-7) // 2**70)
    print(92, repr(_r)[:80])
except Exception as _e:
    print(92, type(_e).__name__, str(_e)[:120])
try:
    _r = ((-7) % -2**70)
    print(93, repr(_r)[:80])
except Exception as _e:
    print(93, type(_e).__name__, str(_e)[:120])
try:
    _r = (7 % 0.0)
    print(94, repr(_r)[:80])
except Exception as _e:
    print(94, type(_e).__name__, str(_e)[:120])
try:
    _r = (2**70 / 2**-1 if False else 0)
    print(95, repr(_r)[:80])
except Exception as _e:
    print(95, type(_e).__name__, str(_e)[:120])
try:
    _r = ((2**70) / 3)
    print(96, repr(_r)[:80])
except Exception as _e:
    print(96, type(_e).__name__, str(_e)[:120])
try:
    _r = ((2**2000) / 3)
    print(97, repr(_r)[:80])
except Exception as _e:
    print(97, type(_e).__name__, str(_e)[:120])
try:
    _r = (1 / (2**2000))
    print(98, repr(_r)[:80])
except Exception as _e:
    print(98, type(_e).__name__, str(_e)[:120])
try:
    _r = ((10**400) // 1.0)
    print(99, repr(_r)[:80])
except Exception as _e:
    print(99, type(_e).__name__, str(_e)[:120])
try:
    _r = (float("1e400") // 1)
    print(100, repr(_r)[:80])
except Exception as _e:
    print(100, type(_e).__name__, str(_e)[:120])
try:
    _r = (round(float("inf")))
    print(101, repr(_r)[:80])
except Exception as _e:
    print(101, type(_e).__name__, str(_e)[:120])
try:
    _r = (round(float("nan")))
    print(102, repr(_r)[:80])
except Exception as _e:
    print(102, type(_e).__name__, str(_e)[:120])
try:
    _r = (int("1" * 4300))
    print(103, repr(_r)[:80])
except Exception as _e:
    print(103, type(_e).__name__, str(_e)[:120])
try:
    _r = (int("0x" + "f" * 2000, 16))
    print(104, repr(_r)[:80])
except Exception as _e:
    print(104, type(_e).__name__, str(_e)[:120])
try:
    _r = (str(10**5000))
    print(105, repr(_r)[:80])
except Exception as _e:
    print(105, type(_e).__name__, str(_e)[:120])
try:
    _r = (repr(10**4299)[:5])
    print(106, repr(_r)[:80])
except Exception as _e:
    print(106, type(_e).__name__, str(_e)[:120])
print('done')
for spec, v in [("05", "ab"), ("=+020.3f", 1.5), ("020", -5), ("x<020", 5), ("x<05", "ab"), ("0<5", 7), ("05x", 255), ("#010x", 255),
                ("+05", 3), ("05,", 12345), ("-c", 65), ("c", 65), ("+c", 65), ("#c", 65), ("-s", "q"), (" 5", 3), ("010.2e", 12.5),
                ("0=8", -3), ("^07", 5), ("08.3%", 0.5), ("05_", 1234567)]:
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
