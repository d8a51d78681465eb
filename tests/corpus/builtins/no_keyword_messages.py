for f in (lambda: [].append(x=1), lambda: "a".upper(x=1), lambda: len(x=1), lambda: {}.keys(a=1), lambda: abs(x=1)):
    try:
        f()
    except TypeError as e:
        print(e)
try:
    dict.fromkeys(x=1)
except TypeError as e: print(e)
