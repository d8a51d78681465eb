# and/or return one of their operands; not returns a bool.
def t(tag, val):
    print("eval", tag)
    return val

print(t("a", 0) and t("b", 1))
print(t("a", 2) and t("b", 3))
print(t("a", "") or t("b", "x"))
print(t("a", "y") or t("b", "x"))
print(not 0, not 1, not [], not [0], not None)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0 or 5, None or False)
print(type(not 5).__name__, type(5 and 6).__name__)
print(True + True, True * 10, False - 1, True / 2, -True)
print(True == 1, False == 0, True is 1 == 1, isinstance(True, int))
print(1 if [] else 2, bool(""), bool(" "), bool(0.0), bool(-0.0), bool(1e-300))
x = [] or [1]
y = x and x[0]
print(x, y)
