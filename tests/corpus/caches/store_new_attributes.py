# STORE_ATTR through the inline cache when the instance does not have the attribute yet (its name
# already in the class's shared keys): the value is stored and the name goes in the instance's
# insertion order, so __dict__ lists attributes in the order this instance got them.
import sys


class Node:
    def __init__(self, value, flip):
        if flip:
            self.b = value
            self.a = value + 1
        else:
            self.a = value
            self.b = value + 1
        self.c = None


nodes = [Node(i, i % 3 == 0) for i in range(2000)]
print(list(vars(nodes[0])), list(vars(nodes[1])), list(vars(nodes[1999])))
print(nodes[1998].__dict__)
n = nodes[5]
del n.a
n.a = 10
print(list(n.__dict__), n.a, n.b)
marker = object()
for i in range(1000):
    nodes[i].c = marker
print(sys.getrefcount(marker))
nodes = None
print(sys.getrefcount(marker))
