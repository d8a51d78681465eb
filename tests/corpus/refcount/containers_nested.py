# Nested containers: each container level holds its own reference; copies add references.
import sys
leaf = [0]
tree = [[leaf, [leaf]], (leaf,), {"k": leaf}, {1: [leaf, leaf]}]
print(sys.getrefcount(leaf))
shallow = tree.copy()
print(sys.getrefcount(leaf), sys.getrefcount(tree[0]))
sliced = tree[1:3]
print(sys.getrefcount(tree[1]), sys.getrefcount(tree[2]))
del shallow, sliced
print(sys.getrefcount(tree[0]))
tree[0][1].append(leaf)
print(sys.getrefcount(leaf))
tree.pop()
print(sys.getrefcount(leaf))
tree = None
print(sys.getrefcount(leaf))
t = (leaf, [leaf])
t2 = t + t
print(sys.getrefcount(leaf), sys.getrefcount(t[1]))
t3 = tuple(t2)
print(t3 is t2, sys.getrefcount(t2))
l = list(t2)
print(sys.getrefcount(leaf))
