# pass as a placeholder; loops and functions with trivial bodies.
def nothing():
    pass

class Empty:
    pass

for i in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(nothing(), type(Empty()).__name__, i)
def only_doc():
    "just a docstring"
print(only_doc())
x = 1; y = 2; z = x + y
print(z)
if z: print("single-line if"); print("second statement")
for k in range(2): print("loop", k)
