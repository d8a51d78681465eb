# The allocator: objects are blocks in 16 KiB pools of one size class, carved from 1 MiB arenas.
# Run: ./minipy run examples/allocator_pools.py
# Addresses differ from run to run; what is printed here are the relations CPython 3.11 shows.

import sys

# 1. Sizes decide the size class (16-byte steps up to 512 bytes).
print("int 1:", sys.getsizeof(1), "| int 2**64:", sys.getsizeof(2 ** 64), "| float:", sys.getsizeof(1.5))
print("tuple (1, 2):", sys.getsizeof((1, 2)), "| list []:", sys.getsizeof([]), "| dict {}:", sys.getsizeof({}))

# 2. Every block address is 16-byte aligned.
objs = [(i, i) for i in range(100)]
print("all ids multiples of 16:", all(id(o) % 16 == 0 for o in objs))

# 3. Objects of one size class lie a multiple of the block size apart.
print("2-tuples differ by multiples of 16:", all((id(objs[i]) - id(objs[0])) % 16 == 0 for i in range(100)))

# 4. A freed block is handed out again, most recently freed first.
class Point:
    pass
p = Point()
addr = id(p)
del p
q = Point()
print("the next object of that size reuses the block:", id(q) == addr)

# 5. The number of blocks in use rises and falls with the objects alive.
before = sys.getallocatedblocks()
many = [Point() for i in range(1000)]
during = sys.getallocatedblocks()
del many
after = sys.getallocatedblocks()
print("blocks: +1000 objects raise the count by at least 1000:", during - before >= 1000)
print("and freeing them gives the blocks back:", after - before < 10)
