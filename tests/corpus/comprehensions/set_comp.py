# Set comprehensions of ints (ordering of small-int sets is deterministic).
print({x % 5 for x in range(20)})
print({x * x for x in [-2, -1, 0, 1, 2]})
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
s = {n for n in range(10) if n % 2}
print(s, 3 in s, 4 in s, len(s))
print({x for x in []}, type({x for x in []}).__name__)
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted({i // 3 for i in range(12)}, reverse=True))
