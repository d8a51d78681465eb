import itertools, sys
from itertools import count, islice, chain, product, permutations, repeat, cycle
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(repr(count(3)), repr(count(3, 2)))
print(list(islice('abcdefg', 3)), list(islice('abcdefg', 2, 5)), list(islice('abcdefg', 0, None, 2)), list(islice(range(10), 1, 8, 3)))
print(list(chain([1, 2], 'ab', (3,))), list(chain.from_iterable([[1], [2, 3]])), list(chain()))
print(list(product('ab', [1, 2])), list(product([0, 1], repeat=3)), list(product()), list(product('ab', [])))
print(list(permutations([1, 2, 3])), list(permutations('abcd', 2)), list(permutations([1], 2)))
print(list(repeat('x', 3)), repr(repeat(1)), repr(repeat(1, 2)), list(islice(cycle('ab'), 5)))
p = product('ab', repeat=2)
for t in p:
    print(t, sys.getrefcount(t))
print(sys.getsizeof(count()), sys.getsizeof(islice([], 1)), sys.getsizeof(chain()), sys.getsizeof(product('ab', 'cd')), sys.getsizeof(permutations('abc', 2)), sys.getsizeof(repeat(1)), sys.getsizeof(cycle('a')))
