# §4: freeing a very deep structure does not overflow any stack.
import sys
deep = []
for _ in range(200000):
    deep = [deep]
del deep
print("list nested 200000 deep freed")
class Link:
    __slots__ = ("next",)
    def __init__(self, nxt):
        self.next = nxt
chain = None
for _ in range(200000):
    chain = Link(chain)
chain = None
print("chain of 200000 slotted instances freed")
class Plain:
    pass
head = None
for _ in range(200000):
    n = Plain()
    n.next = head
    head = n
n = head = None
print("chain of 200000 instances freed")
t = None
for _ in range(200000):
    t = (t, 1)
t = None
print("tuple nested 200000 deep freed")
