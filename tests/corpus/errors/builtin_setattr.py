# Setting attributes on instances of built-in types: a getset that refuses, a method, a missing name
try:
    (1).real = 5
except AttributeError as e:
    print(e)
try:
    [].append = 5
except AttributeError as e:
    print(e)
try:
    (1).foo = 5
except AttributeError as e:
    print(e)
try:
    del (1).real
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
