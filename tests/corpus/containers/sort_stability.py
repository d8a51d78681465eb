# sorted and list.sort are stable; key and reverse combine.
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[0]))
print(sorted(records, key=lambda r: r[1], reverse=True))
lst = list(records)
lst.sort(key=lambda r: r[0])
lst.sort(key=lambda r: r[1])
print(lst)
print(sorted([3, -1, 2, -5], key=abs), sorted(["bb", "a", "ccc", "dd"], key=len))
print(sorted([2.5, 1, True, 0]), sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
