import sys
# int keys: general (hash, key, value) entries
d = dict()
sizes = [sys.getsizeof(d)]
for i in range(30):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
# str keys: the compact all-str kind
s = dict()
sizes = [sys.getsizeof(s)]
for i in range(30):
    s["k" + str(i)] = i
    sizes.append(sys.getsizeof(s))
print(sizes)
m = dict()
m["a"] = 1
print(sys.getsizeof(m))
m[1] = 2
print(sys.getsizeof(m))
