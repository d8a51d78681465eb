# Automatic collection: generation 0 is collected when its count passes the threshold.
import gc

events = []
def cb(phase, info):
    if phase == "stop":
        events.append((info["generation"], info["collected"]))

class Node:
    def __init__(self):
        self.me = self

gc.collect()
gc.set_threshold(50, 3, 2)
gc.callbacks.append(cb)
for i in range(400):
    Node()
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(len(events))
print(events[:6])
print(sum(c for g, c in events))
print(sorted(set(g for g, c in events)))
