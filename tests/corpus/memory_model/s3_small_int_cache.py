# §3: ints -5..256 are preallocated singletons, whatever computation produces them.
def compute(n):
    return n * 3 // 3
results = []
for n in range(-10, 262):
    results.append((n, compute(n) is compute(n)))
print([n for n, same in results if same][:3], [n for n, same in results if same][-3:])
print(sum(1 for n, same in results if same))
print(int("256") is 256, int("-5") is -5, int("257") is int("257"), int("-6") is int("-6"))
x = 200
print(x + 56 is 256, x + 57 is 257)
print(len([0] * 100) is 100, len("a" * 300) is len("a" * 300))
print((2 ** 8) is 256, abs(-5) is 5, -(-5) is 5)
