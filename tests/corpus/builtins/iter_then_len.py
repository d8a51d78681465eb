# The order list(), tuple(), sorted() and friends ask an iterable for its length and its iterator.
class Seq:
    def __init__(self, name):
        self.name = name
    def __len__(self):
        print(self.name, "__len__")
        return 2
    def __iter__(self):
        print(self.name, "__iter__")
        return iter([2, 1])

print(list(Seq("list")))
print(tuple(Seq("tuple")))
print(sorted(Seq("sorted")))
l = [0]
l.extend(Seq("extend"))
print(l)
print(set(Seq("set")))
print(dict.fromkeys(Seq("fromkeys")))

print(" ".join(map(str, Seq("join"))))
print(list(reversed(list(Seq("reversed-list")))))
print(min(Seq("min")), max(Seq("max")), sum(Seq("sum")))
print(list(enumerate(Seq("enumerate"))))
print(list(zip(Seq("zip1"), Seq("zip2"))))
a, b = Seq("unpack")
print(a, b)
print([*Seq("star")])
print(frozenset(Seq("frozenset")))
