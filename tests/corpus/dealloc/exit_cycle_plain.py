# Cycles with nothing to finalize left at the end, and gc.callbacks set: shutdown's collection calls them.
import gc

class Node:
    pass

for i in range(3):
    n = Node()
    n.me = n
del n

def cb(phase, info):
    print(phase, info["generation"], info["collected"] >= 0)

gc.callbacks.append(cb)
print("script ends")
