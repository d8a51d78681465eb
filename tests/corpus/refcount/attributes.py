# Instance attributes, class attributes and module globals each hold one reference.
import sys
class Holder:
    pass
payload = [1, 2, 3]
print(sys.getrefcount(payload))
h = Holder()
h.a = payload
print(sys.getrefcount(payload))
h.b = payload
print(sys.getrefcount(payload))
Holder.shared = payload
print(sys.getrefcount(payload))
del h.a
print(sys.getrefcount(payload))
h.b = None
print(sys.getrefcount(payload))
del Holder.shared
print(sys.getrefcount(payload))
h2 = Holder()
setattr(h2, "x", payload)
print(sys.getrefcount(payload), getattr(h2, "x") is payload)
d = h2.__dict__
print(sys.getrefcount(payload), sys.getrefcount(d))
del h2
print(sys.getrefcount(payload), sys.getrefcount(d))
