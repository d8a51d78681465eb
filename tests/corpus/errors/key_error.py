prices = {"apple": 1, "pear": 2}
print(prices["apple"])
print(prices["plum"])
