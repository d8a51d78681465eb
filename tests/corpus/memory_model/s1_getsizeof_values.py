# §1: sys.getsizeof returns CPython 3.11's numbers for every basic kind of object.
import sys
class Plain:
    pass
def fn():
    pass
cases = [
    ("int 0", 0), ("int 1", 1), ("int 2**30", 2 ** 30), ("int 2**60", 2 ** 60), ("int 2**100", 2 ** 100),
    ("float", 1.5), ("bool", True), ("None", None),
    ("str ''", ""), ("str 'a'", "a"), ("str 'abcdef'", "abcdef"), ("str 'é'", "é"), ("str '€'", "€"), ("str emoji", "😀"),
    ("()", ()), ("(1,)", (1,)), ("(1,2,3)", (1, 2, 3)),
    ("[]", []), ("[1]", [1]), ("[1,2,3]", [1, 2, 3]),
    ("{}", {}), ("{'a':1}", {"a": 1}), ("set()", set()),
    ("instance", Plain()), ("function", fn), ("range", range(10)),
]
for label, obj in cases:
    print(label, sys.getsizeof(obj))
