# Seeing memory: reference graphs, the chain that keeps an object alive, type counts, heap maps
# and the collector's log. docs/SEEING-MEMORY.md shows what it draws.
# not differential: uses objgraph, sys._heapmap and -X options, which CPython 3.11 does not have
# Run it in a directory of your choice (it writes its pictures there), e.g. from the repository root:
#   mkdir -p /tmp/seeing && cd /tmp/seeing
#   $OLDPWD/minipy run -X deterministic-ids -X gclog=gc.jsonl -X heapmap=heap_at_exit.svg \
#       $OLDPWD/examples/seeing_memory.py
#   $OLDPWD/minipy report gclog gc.jsonl
import gc
import sys

import objgraph

# 1. The reference topology of three containers: who points at whom. The list we pass in is
#    drawn in red; every arrow is a reference the collector's traverse sees.
x = [1, 2, 3]
y = [x, dict(key1=x)]
z = [y, (x, y)]
objgraph.show_refs([z], filename='ref_topo.png')


# 2. Why is this object still alive? Backreferences, and the shortest chain from a module.
class Session:
    def __init__(self, user):
        self.user = user


class Registry:
    def __init__(self):
        self.by_user = {}


registry = Registry()


def login(user):
    session = Session(user)
    registry.by_user[user] = session
    return session


for name in ['ada', 'grace', 'barbara']:
    login(name)
objgraph.show_backrefs([registry.by_user['grace']], filename='backrefs.png', max_depth=4, refcounts=True)
chain = objgraph.find_backref_chain(registry.by_user['grace'], objgraph.is_proper_module)
print('kept alive by:', ' -> '.join(type(o).__name__ for o in chain))
objgraph.show_chain(chain, filename='chain.png')

# 3. What grew? Counts of the objects the collector tracks, by type, since the last look.
objgraph.show_growth(limit=3)
for name in ['edsger', 'donald', 'margaret']:
    login(name)
print('after three more logins:')
objgraph.show_growth(limit=3, collect=False)
print('Session objects:', objgraph.count('Session'))

# 4. Where is the memory? The allocator's arenas and pools, while a big structure lives and after.
big = [[i] for i in range(50000)]
sys._heapmap('heap_full.svg')
del big
sys._heapmap('heap_after_free.svg')


# 5. What did the collector do? Cycles only it can free (see -X gclog and minipy report gclog).
class Node:
    pass


for i in range(6000):
    a = Node()
    b = Node()
    a.peer = b
    b.peer = a
print('gc.collect() found', gc.collect(), 'unreachable objects')
