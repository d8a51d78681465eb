# User exception classes: hierarchies, extra attributes, custom __str__.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available
    def __str__(self):
        return "need " + str(self.needed) + ", have " + str(self.available)

class FrozenAccount(BankError):
    pass

def withdraw(balance, amount, frozen=False):
    if frozen:
        raise FrozenAccount("account frozen")
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount

for args in [(100, 30), (10, 50), (10, 5, True)]:
    try:
        print("left", withdraw(*args))
    except InsufficientFunds as e:
        print("funds:", e, e.args, e.needed - e.available)
    except BankError as e:
        print("bank:", type(e).__name__, e)

print(issubclass(InsufficientFunds, Exception), InsufficientFunds.__mro__[1].__name__)
print(repr(InsufficientFunds(1, 2)), repr(FrozenAccount()), str(FrozenAccount()))
e = BankError("a", "b")
print(e.args, str(e), repr(e))
print(str(BankError("only")), repr(BankError("only")))
