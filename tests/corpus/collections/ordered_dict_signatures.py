from collections import OrderedDict as O
o = O(a=1, b=2, c=3)
print(o.pop(key="a"), o.pop("zz", default=5))
print(o.popitem(last=False), o)
o["b"] = 7; o.move_to_end(key="b", last=False); print(o)
print(o.setdefault(key="q", default=9), o)
print(O.fromkeys(iterable="xy", value=0))


try:
    o.popitem(1, 2)
except TypeError as e: print(e)
try:
    o.move_to_end()
except TypeError as e: print(e)
try:
    o.pop()
except TypeError as e: print(e)
try:
    O().popitem()
except KeyError as e: print(repr(e))
try:
    o.move_to_end("nope")
except KeyError as e: print(repr(e))
try:
    O(1, 2)
except TypeError as e: print(e)
try:
    o.update(1, 2)
except TypeError as e: print(e)
