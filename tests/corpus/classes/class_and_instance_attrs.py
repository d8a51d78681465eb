# Class attributes are shared until an instance assigns its own; methods see both.
class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    def add(self, x):
        self.items.append(x)

a = Counter()
b = Counter()
print(Counter.count, a.id, b.id, a.count)
a.add(1)
b.add(2)
print(a.items, b.items is a.items is Counter.items)
a.count = 100
print(a.count, b.count, Counter.count, "count" in vars(a), "count" in vars(b))
del a.count
print(a.count)
a.items = ["own"]
print(a.items, b.items)
Counter.new_attr = "added later"
print(a.new_attr, b.new_attr)
print(sorted(k for k in vars(Counter) if not k.startswith("__")))
