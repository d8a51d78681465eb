# A list frees its items from the last to the first.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

items = [Noisy(str(i)) for i in range(5)]
print("del list")
del items
print("---")
items = [Noisy("a"), Noisy("b"), Noisy("c")]
items.clear()
print("cleared")
items = [Noisy("p"), Noisy("q"), Noisy("r"), Noisy("s")]
del items[1:3]
print("slice deleted")
items[0] = Noisy("t")
print("item replaced")
items.pop()
print("popped")
items = None
print("end")
