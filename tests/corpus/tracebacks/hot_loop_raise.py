# A module-level loop hot enough to be compiled mid-run raises out of the module: the traceback is
# the interpreter's, and nothing is left behind.
def check(i):
    if i == 5000:
        raise ValueError("too far: %d" % i)
    return i


total = 0
for i in range(10000):
    total += check(i)
print(total)
