# type's base is object: its MRO, bases, and the attributes it finds on object.
import sys
print(type.__mro__, type.__bases__, type.__base__)
print(isinstance(type, object), issubclass(type, object), type.__sizeof__ is not None)
print(sys.getsizeof(int) == type.__sizeof__(int), sys.getsizeof(type) > 0)
class C:
    pass
print(sys.getsizeof(C) - type.__sizeof__(C))
print(type.__hash__(int) == hash(int), type.__ne__(int, str))
