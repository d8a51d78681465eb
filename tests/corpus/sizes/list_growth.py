import sys
grow = []
sizes = []
for i in range(20):
    grow = grow + [i]
    sizes = sizes + [sys.getsizeof(grow)]
print(sizes)
lst = [0] * 10
print(sys.getsizeof(lst))
print(sys.getsizeof([0, 1, 2, 3, 4]), sys.getsizeof([lst, lst]))
