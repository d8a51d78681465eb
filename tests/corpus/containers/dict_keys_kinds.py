# Keys of many hashable kinds; equal keys (1, 1.0, True) collapse to the first key.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d2 = {(1, 2): "tuple", None: "none", "s": "str", 2.5: "float", frozenset([1]): "fs", -3: "neg"}
print(d2[(1, 2)], d2[None], d2[frozenset({1})], d2[-3])
print(list(d2.values()))
for bad in ([1], {1: 2}, {3}):
    try:
        d2[bad] = 0
    except TypeError as e:
        print("TypeError:", e)
big = {10 ** 30: "big", -(10 ** 30): "neg big"}
print(big[10 ** 30], big[-(10 ** 30)])
print({0: "a", 0.0: "b", False: "c"})
