# Where automatic collections fall in a loop making cycles (instances, an attribute dict, a
# list), from a clean state: the counts after the loop and what the final collection finds
# depend on every allocation the loop makes and on which come from free lists.
import gc


class Node:
    def __init__(self, value):
        self.value = value
        self.me = self
        self.other = None


def churn(n):
    total = 0
    for i in range(n):
        a = Node(i)
        b = Node(i + 1)
        a.other = b
        b.other = a
        a.box = {"k": a, "pair": [a, b]}
        total += a.other.value + b.other.value + len(a.box["pair"])
    return total


for n in (10, 100, 175, 500, 1000, 2000, 3000):
    gc.collect()
    total = churn(n)
    counts = gc.get_count()
    print(n, total, counts, gc.collect())
