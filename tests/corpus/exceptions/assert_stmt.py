# assert raises AssertionError with the optional message when the test is false.
def check(x):
    assert x > 0, "x must be positive, got " + str(x)
    return x

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args[0])
assert True, "never evaluated " + undefined_name
calls = []
def msg():
    calls.append(1)
    return "m"
assert 1, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
