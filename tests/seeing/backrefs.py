# show_backrefs with refcounts, a filter, too_many and extra_ignore; then the chain from a module.
import gc
import objgraph

gc.collect()  # a clean start: no automatic collection while the objects are made


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []


root = Node('root')
leaf = Node('leaf')
root.children.append(leaf)
leaf.parent = root
registry = {'leaf': leaf, 2: leaf, (1, 'k'): leaf, 'other': [leaf, leaf]}
hidden = [leaf]
objgraph.show_backrefs([leaf], filename='backrefs.dot', max_depth=2, too_many=4, refcounts=True,
                       extra_ignore=[id(hidden)], filter=lambda o: not isinstance(o, tuple))
chain = objgraph.find_backref_chain(leaf, objgraph.is_proper_module)
print([type(o).__name__ for o in chain], chain[-1] is leaf)
objgraph.show_chain(chain, filename='chain.dot')
print(objgraph.find_ref_chain(root, lambda o: o is leaf) == [root, root.children, leaf])
