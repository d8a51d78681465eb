# Exceptions propagate up through calls until a handler catches them.
def level3(x):
    return 100 // x

def level2(x):
    return level3(x) + 1

def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print("level1 caught:", e)
        return -1

print(level1(5), level1(0))

def cleanup(x):
    try:
        return level2(x)
    finally:
        print("cleanup for", x)

try:
    cleanup(0)
except ZeroDivisionError:
    print("propagated past finally")
print(cleanup(4))

def tb_depth(e):
    n = 0
    tb = e.__traceback__
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n

try:
    level2(0)
except ZeroDivisionError as e:
    print("traceback entries:", tb_depth(e))
    print(type(e.__traceback__).__name__)
