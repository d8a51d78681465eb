# Loop targets can be tuples, attributes, subscripts; the last value stays bound.
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, name in pairs:
    pass
print(num, name)
d = {}
for d["k"] in range(3):
    print(d)

class Box:
    pass
b = Box()
for b.item in "ab":
    print(b.item)
lst = [0, 0, 0]
for i, lst[i] in enumerate([7, 8, 9]):
    pass
print(lst)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
for x in [[1, 2], [3, 4]]:
    x.append(0)
print(x)
nums = [1, 2, 3]
for n in nums:
    if n == 1:
        nums.append(4)
    print("n", n)
print(nums)
for i in range(5, 0, -2):
    print("down", i)
