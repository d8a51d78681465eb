import random
for s in [0, 1, 42, 12345, 2**40 + 7, -5, 2**100, "hello", b"abc", 3.5, ""]:
    random.seed(s)
    print(repr(s), random.random(), random.random(), random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7), random.getrandbits(8), random.getrandbits(40), random.getrandbits(100))
    l = list(range(20)); random.shuffle(l); print(l)
    print(random.choice('abcdefg'), random.choice([1, 2, 3]), random.uniform(1, 5), random.randrange(-10, 10), random.randrange(10**30))
    print(random.sample(range(100), 5), random.sample(range(1000), 30), random.choices('abc', k=5), random.choices([1, 2, 3], [1, 5, 10], k=4), random.gauss(0, 1), random.gauss())
r = random.Random(7)
print(r.random(), r.randint(1, 6))
r2 = random.Random("x"); print(r2.random())
