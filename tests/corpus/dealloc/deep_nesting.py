# Freeing very deep structures must not crash (CPython's trashcan defers deallocations).
import sys
deep = []
for _ in range(200000):
    deep = [deep]
print("built nested list")
del deep
print("freed nested list")
t = ()
for _ in range(100000):
    t = (t,)
t = None
print("freed nested tuple")
d = {}
for _ in range(100000):
    d = {"k": d}
d = None
print("freed nested dict")
freed = [0]
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def __del__(self):
        freed[0] += 1
head = None
for _ in range(100000):
    head = Node(head)
print("built chain")
head = None
print("freed chain", freed[0])
