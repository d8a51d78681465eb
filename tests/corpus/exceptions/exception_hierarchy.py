# The built-in exception hierarchy and isinstance checks on it.
names = [ZeroDivisionError, OverflowError, IndexError, KeyError, ValueError, TypeError,
         AttributeError, NameError, UnboundLocalError, RuntimeError, RecursionError,
         NotImplementedError, StopIteration, AssertionError, MemoryError, SystemExit,
         KeyboardInterrupt, ArithmeticError, LookupError, Exception]
for cls in names:
    print(cls.__name__, "<", cls.__bases__[0].__name__, issubclass(cls, Exception))
print(issubclass(KeyError, LookupError), issubclass(UnboundLocalError, NameError))
print(issubclass(RecursionError, RuntimeError), issubclass(bool, Exception))
print(BaseException.__bases__, Exception.__bases__[0] is BaseException)
e = KeyError("k")
print(isinstance(e, LookupError), isinstance(e, Exception), isinstance(e, IndexError))
try:
    raise ZeroDivisionError("custom")
except ArithmeticError as a:
    print("ArithmeticError caught", type(a).__name__, a)
