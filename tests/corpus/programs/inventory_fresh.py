# A small inventory system written fresh, as a new user would: classes, closures, generators, exceptions.
import sys
import gc


class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item


class Item:
    count = 0

    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty
        Item.count += 1

    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, qty={self.qty})"

    @property
    def value(self):
        return self.price * self.qty


class Perishable(Item):
    def __init__(self, name, price, qty, days):
        super().__init__(name, price, qty)
        self.days = days

    def __repr__(self):
        return super().__repr__()[:-1] + f", days={self.days})"


def make_counter(start=0):
    n = start
    def bump(k=1):
        nonlocal n
        n += k
        return n
    return bump


def restock_plan(items, threshold):
    for it in sorted(items, key=lambda i: (i.qty, i.name)):
        if it.qty < threshold:
            yield it.name, threshold - it.qty


def take(stock, name, n):
    it = stock[name]
    if it.qty < n:
        raise OutOfStock(name, n, it.qty)
    it.qty -= n
    return it.qty


stock = {i.name: i for i in [Item("apple", 0.5, 10), Item("pear", 0.75, 2),
                             Perishable("milk", 1.2, 4, 7), Item("salt", 0.3, 0)]}
ops = make_counter()
for name, n in [("apple", 3), ("pear", 5), ("milk", 4), ("salt", 1), ("bread", 1)]:
    try:
        left = take(stock, name, n)
        print("took", n, name, "left", left, "op", ops())
    except OutOfStock as e:
        print("out of stock:", e, "|", e.item, type(e).__mro__[1].__name__)
    except KeyError as e:
        print("no such item:", e)
    finally:
        pass

print(list(restock_plan(stock.values(), 5)))
print(sorted(stock.values(), key=lambda i: -i.value)[0], Item.count)
gen = (it.name for it in stock.values() if isinstance(it, Perishable))
print(next(gen), next(gen, "done"))
total = sum(it.value for it in stock.values())
print(f"{total:.3f}", round(total, 1), max(stock, key=len))
a = 1000
b = 1000
print(a == b, sys.getrefcount(stock) >= 2, isinstance(ops, type(make_counter)))
cyc = []
cyc.append(cyc)
del cyc
print("collected", gc.collect() >= 1)
try:
    with open("/nonexistent/x") as f:
        pass
except OSError as e:
    print(type(e).__name__, e.errno)
print(repr(Perishable("egg", 0.2, 12, 21)))
