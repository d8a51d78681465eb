# The TypeError of an index that is not an int, each in its CPython 3.11 wording: str's quotes
# the type (unicode_subscript), the sequences' do not, and list.insert/pop and slice.indices say
# the object cannot be interpreted as an integer.
cases = [
    lambda k: "abc"[k], lambda k: b"ab"[k], lambda k: [1][k], lambda k: (1,)[k],
    lambda k: range(3)[k], lambda k: [].insert(k, 1), lambda k: [1].pop(k),
    lambda k: slice(1, 2).indices(k),
]
for case in cases:
    for key in ["a", 1.5, None]:
        try:
            case(key)
        except TypeError as e:
            print(e)
