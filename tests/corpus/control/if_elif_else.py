# if/elif/else picks the first true branch; truthiness of many kinds of values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

print([classify(n) for n in (-3, 0, 7, 10, 99)])
for v in (0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {0: 0}, None, True, False, set(), range(0), range(2)):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer")
if not x:
    print("never")
elif x:
    print("elif taken")
if x == 5: print("one-liner")
