# List concatenation, repetition, comparison, membership, in-place operators, del.
a = [1, 2]
b = a + [3]
print(b, a * 2, [0] * 0, [None] * 3, a * -1)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [2] > [1, 9], [] < [0])
print(2 in a, 5 not in a, [1] in [[1], [2]])
c = a
c += [3]
print(a, c is a)
c *= 2
print(a)
del c[0]
del c[-1]
print(c, len(c))
print(list(range(3)), list("ab"), list((1, 2)), list({"k": 1}), list())
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True))
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), len([4, 2, 8]))
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
