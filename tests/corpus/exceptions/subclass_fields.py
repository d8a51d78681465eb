class E(SystemExit): pass
try:
    raise E(3)
except SystemExit as e:
    print(e.code)
class S(StopIteration): pass
print(S(5).value)
