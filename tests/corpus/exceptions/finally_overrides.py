# A return or break in finally replaces the pending return or exception.
def ret_override():
    try:
        return "try"
    finally:
        return "finally"

def swallow():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"

def loop_swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out

def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2

print(ret_override(), swallow(), loop_swallow(), continue_in_finally(), value_captured())

def finally_raises():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    finally_raises()
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
