# §1: dict sizes while inserting follow CPython's key-table growth.
import sys
d = {}
sizes = []
for i in range(30):
    sizes.append(sys.getsizeof(d))
    d[i] = i
print(sizes)
s = {}
ssizes = []
for i in range(12):
    ssizes.append(sys.getsizeof(s))
    s["k" + str(i)] = i
print(ssizes)
print(sys.getsizeof(dict.fromkeys(range(6))), sys.getsizeof({i: i for i in range(6)}))
