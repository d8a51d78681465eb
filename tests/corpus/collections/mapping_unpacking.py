from collections import defaultdict, OrderedDict
class M:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print({**M()}, {**defaultdict(int, x=1)}, {"a": 0, **M()})
def f(**kw): return kw
print(f(**M()), f(**OrderedDict(q=1)))
try:
    f(a=1, **M())
except TypeError as e: print(e)
try:
    {**5}
except TypeError as e: print(e)
try:
    f(**5)
except TypeError as e: print(e)
class N:
    def keys(self): return [1]
    def __getitem__(self, k): return k
try:
    f(**N())
except TypeError as e: print(e)
print({**N()})
