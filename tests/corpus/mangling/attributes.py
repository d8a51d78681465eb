# Private names in a class body become _Class__name: attributes, methods, class variables.
class Account:
    __rate = 3                      # class variable _Account__rate

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance    # instance attribute _Account__balance

    def __fee(self):                # method _Account__fee
        return self.__rate

    def withdraw(self, n):
        self.__balance -= n + self.__fee()
        return self.__balance

    def __repr__(self):             # dunders are never mangled
        return "Account(%r, %d)" % (self.owner, self.__balance)


a = Account("ann", 100)
print(a.withdraw(10), a)
print(sorted(a.__dict__))
print([k for k in Account.__dict__ if "Account" in k])
print([k for k in dir(a) if not k.startswith("__")])
print(a._Account__balance, Account._Account__rate, a._Account__fee())
print(getattr(a, "_Account__balance"), hasattr(a, "__balance"), hasattr(a, "_Account__balance"))
setattr(a, "__balance", "plain")    # setattr does no mangling
print(sorted(a.__dict__), a.withdraw(0))
try:
    a.__balance_missing = 1
    print(a.__balance_missing)
except AttributeError as e:
    print("no mangling outside a class:", e)


# Subclasses see their own private names, not the base's.
class Savings(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return str(e)

    def really(self):
        return self._Account__balance


s = Savings("bo", 50)
print(s.peek())
print(s.really())


# Leading underscores of the class name are dropped; a class of underscores mangles nothing.
class _Hidden:
    def __init__(self):
        self.__x = 1

class ___:
    def __init__(self):
        self.__x = 2

class __Dunderish:
    __y = 3

print(sorted(_Hidden().__dict__), sorted(___().__dict__), [k for k in __Dunderish.__dict__ if k.endswith("y")])


# __x__, __ and ___ are not mangled; _x and x are not either.
class Odd:
    def __init__(self):
        self.__x__ = 1
        self.__ = 2
        self.___ = 3
        self._x = 4
        self.x_ = 5
        self.__x_ = 6

print(sorted(Odd().__dict__))

# del of a mangled attribute
class D:
    def __init__(self):
        self.__gone = 1
        del self.__gone
        self.__kept = 2
        self.__kept += 40

print(D().__dict__)
