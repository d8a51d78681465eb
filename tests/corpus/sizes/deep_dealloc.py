# Freeing very deep structures must not overflow any stack (CPython's trashcan).
class Node:
    pass

head = None
for i in range(1000000):
    n = Node()
    n.next = head
    head = n
n = None
head = None
print("instances freed")

nested = []
for i in range(1000000):
    nested = [nested]
nested = None
print("lists freed")

chain = None
for i in range(1000000):
    chain = (i, chain)
chain = None
print("tuples freed")

d = {}
for i in range(200000):
    d = {"inner": d}
d = None
print("dicts freed")
