# Interning and constant folding: which strings and constants are shared, and why.
# Run: ./minipy run examples/interning_and_folding.py

import sys

# 1. Identifier-like string constants are interned: every occurrence is one object.
s1 = "hello_world"
def greet():
    return "hello_world"
print("constant in module and function:", s1 is greet())

# 2. Strings built at run time are new objects, even when equal...
part = "hello_"
built = part + "world"
print("built == constant:", built == s1, "| built is constant:", built is s1)
# ...unless interned explicitly.
print("sys.intern(built) is constant:", sys.intern(built) is s1)

# 3. The compiler folds constant expressions, within CPython 3.11's limits.
folded = "py" + "thon"
literal = "python"
print("'py' + 'thon' is 'python':", folded is literal)
print("'ab' * 3 == 'ababab':", "ab" * 3 == "ababab")
big_folded = 2 ** 64
big_literal = 18446744073709551616
print("2 ** 64 folded into the same constant:", big_folded is big_literal)
big1 = 2 ** 100
big2 = 2 ** 100
print("2 ** 100 is computed at run time each time:", big1 is big2, big1 == big2)

# 4. Equal constants anywhere in one compilation unit are one object.
t1 = (1, 2, "three")
def get_tuple():
    return (1, 2, "three")
print("tuple constant shared with a function:", t1 is get_tuple())
f1 = 1.5
def get_float():
    return 1.5
print("float constant shared too:", f1 is get_float())

# 5. Strings with spaces are not interned, but equal constants in a unit are still merged.
w1 = "hello world!"
w2 = "hello world!"
print("same unit, same constant:", w1 is w2)
w3 = "hello" + " world!"
print("folded at compile time to the same constant:", w3 is w1)

# 6. Too long to fold: 'x' * 4097 is built at run time.
long1 = "x" * 4097
long2 = "x" * 4097
print("'x' * 4097 twice:", long1 is long2, long1 == long2)
