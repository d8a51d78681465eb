import sys
# growth while appending 0..39, then the shrink sequence while popping a 101-item list empty
grow = []
sizes = [sys.getsizeof(grow)]
for i in range(40):
    grow.append(i)
    sizes.append(sys.getsizeof(grow))
print(sizes)
shrink = list(range(101))
print(sys.getsizeof(shrink))
sizes = []
for i in range(100, -1, -1):
    shrink.pop()
    sizes.append(sys.getsizeof(shrink))
print(sizes)
print(sys.getsizeof([]), sys.getsizeof([0]), sys.getsizeof([0, 1]), sys.getsizeof([0, 1, 2, 3, 4, 5, 6, 7]))
print(sys.getsizeof([0] * 10), sys.getsizeof([0] * 100), sys.getsizeof(list(range(10))), sys.getsizeof(list((1, 2, 3))))
both = [1, 2, 3] + [4, 5]
print(sys.getsizeof(both), sys.getsizeof(both[1:3]), sys.getsizeof(both[::2]), sys.getsizeof(both[5:]))
