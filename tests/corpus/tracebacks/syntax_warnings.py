# The compiler's other SyntaxWarnings (check_caller, check_subscripter, check_index, an assert of a
# tuple), each at its line with the source line, before the program runs; then the TypeErrors.
x = [1, 2]
try:
    assert (x, "message")
    assert ()
    assert (1, 2)
except AssertionError:
    pass
try:
    [1, 2] (3)
except TypeError as e:
    print(e)
try:
    print((1, 2) [1.5])
except TypeError as e:
    print(e)
try:
    print(None [0])
except TypeError as e:
    print(e)
try:
    print("abc" ["a"])
except TypeError as e:
    print(e)
try:
    print(5 (2))
except TypeError as e:
    print(e)
try:
    print({1, 2} [0])
except TypeError as e:
    print(e)
try:
    print(f"a" (1))
except TypeError as e:
    print(e)
for s in ["abc"]:
    for k in ["a", 1.5, None, (1,), [1]]:
        try:
            s[k]
        except TypeError as e:
            print(e)
for k in ["a", 1.5]:
    try:
        b"ab"[k]
    except TypeError as e:
        print(e)
    try:
        [1][k]
    except TypeError as e:
        print(e)
