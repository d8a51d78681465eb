# A small inventory system: classes, properties, generators, exceptions, formatting.
from collections import defaultdict, OrderedDict, namedtuple, Counter

Item = namedtuple("Item", "name price qty")

class OutOfStock(Exception):
    def __init__(self, name, wanted, have):
        super().__init__(f"{name}: wanted {wanted}, have {have}")
        self.name = name
        self.wanted = wanted
        self.have = have

class Inventory:
    def __init__(self):
        self._items = OrderedDict()
        self.log = []

    def add(self, name, price, qty=1):
        if name in self._items:
            old = self._items[name]
            self._items[name] = old._replace(qty=old.qty + qty)
        else:
            self._items[name] = Item(name, price, qty)
        self.log.append(("add", name, qty))

    def take(self, name, qty):
        item = self._items.get(name)
        if item is None:
            raise KeyError(name)
        if item.qty < qty:
            raise OutOfStock(name, qty, item.qty)
        self._items[name] = item._replace(qty=item.qty - qty)
        self.log.append(("take", name, qty))
        return item.price * qty

    @property
    def value(self):
        return sum(i.price * i.qty for i in self._items.values())

    def __iter__(self):
        yield from self._items.values()

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Inventory({len(self)} items, value={self.value:.2f})"

inv = Inventory()
inv.add("apple", 0.5, 10)
inv.add("pear", 0.75, 4)
inv.add("fig", 2.25)
inv.add("apple", 0.5, 5)
print(inv)
for item in inv:
    print(f"{item.name:<8}{item.price:>6.2f}{item.qty:>4d}")

total = 0.0
orders = [("apple", 3), ("pear", 5), ("kiwi", 1), ("fig", 1)]
for name, qty in orders:
    try:
        total += inv.take(name, qty)
    except OutOfStock as e:
        print("out of stock:", e, e.args, e.wanted - e.have)
    except KeyError as e:
        print("unknown item", e, repr(e))
    else:
        print(f"sold {qty} {name}")
    finally:
        print("after", name, round(total, 2))

by_kind = defaultdict(list)
for kind, name, qty in inv.log:
    by_kind[kind].append((name, qty))
print(dict(by_kind))
counts = Counter(name for _, name, _ in inv.log)
print(counts.most_common(2), sorted(counts.items()))
print("{:,}".format(1234567), "{:08.3f}".format(3.14159), "%-5s|%5d" % ("ab", 42), f"{255:#x} {255:b} {0.25:%}")
print(sorted(inv, key=lambda i: (-i.qty, i.name)))
squares = {n: n * n for n in range(6) if n % 2}
print(squares, list(zip(squares, "abc")), [*map(str, squares.values())])

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

gen = fib()
print([next(gen) for _ in range(10)])
import itertools
print(list(itertools.islice(fib(), 5, 12)))
text = "the quick brown fox jumps over the lazy dog the end"
words = text.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(max(freq, key=freq.get), sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(" ".join(w.capitalize() for w in words[:4]), text.count("the"), text.find("fox"), text.title()[:9])
