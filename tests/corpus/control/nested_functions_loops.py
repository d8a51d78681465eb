# Control flow across function boundaries: early returns from nested loops, flags.
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None

print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10))

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz(n) for n in range(1, 12)], collatz(27))

def primes(limit):
    out = []
    n = 2
    while len(out) < limit:
        for p in out:
            if p * p > n:
                out.append(n)
                break
            if n % p == 0:
                break
        else:
            out.append(n)
        n += 1
    return out
print(primes(15))
