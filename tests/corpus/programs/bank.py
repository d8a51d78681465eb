# Bank accounts with inheritance, class methods, context managers, custom exceptions and sorting.
import sys

class InsufficientFunds(ValueError):
    pass

class Account:
    _next_id = 1
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @classmethod
    def open(cls, owner, deposit):
        acct = cls(owner)
        acct.deposit(deposit)
        return acct

    @staticmethod
    def fmt(amount):
        return f"${amount:,.2f}"

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount {amount!r}")
        self._balance += amount
        self.history.append(+amount)

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has only {self.fmt(self._balance)}")
        self._balance -= amount
        self.history.append(-amount)

    def month_end(self):
        self._balance = round(self._balance * (1 + self.interest), 2)

    def __repr__(self):
        return f"<{type(self).__name__} #{self.id} {self.owner}: {self.fmt(self.balance)}>"

    def __lt__(self, other):
        return self.balance < other.balance

    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id

    __hash__ = object.__hash__

class Savings(Account):
    interest = 0.02

    def withdraw(self, amount):
        if len([h for h in self.history if h < 0]) >= 2:
            raise PermissionError("only two withdrawals a month")
        super().withdraw(amount)

class Transaction:
    def __init__(self, *accounts):
        self.accounts = accounts
        self.saved = None

    def __enter__(self):
        self.saved = [(a, a._balance, list(a.history)) for a in self.accounts]
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            for a, bal, hist in self.saved:
                a._balance, a.history = bal, hist
            print("rolled back:", exc_type.__name__, exc)
            return issubclass(exc_type, ValueError)
        return False

alice = Account.open("alice", 100)
bob = Savings.open("bob", 250)
carol = Savings("carol", 40)
accounts = [alice, bob, carol]
print(accounts)

def transfer(src, dst, amount):
    with Transaction(src, dst):
        dst.deposit(amount)
        src.withdraw(amount)
        return True
    return False

print(transfer(alice, bob, 30), transfer(alice, carol, 500), transfer(carol, alice, -5))
for _ in range(3):
    try:
        bob.withdraw(10)
    except PermissionError as e:
        print("refused:", e)
for a in accounts:
    a.month_end()
print(sorted(accounts), max(accounts).owner, min(accounts, key=lambda a: a.owner).owner)
print({a: a.balance for a in accounts}[bob], alice == alice, alice == bob, alice != carol)
print(isinstance(bob, Account), issubclass(Savings, Account), Savings.__mro__[1].__name__, Savings.fmt(1e6))
print(bob.history, sum(bob.history), [h for a in accounts for h in a.history if h < 0])
try:
    carol.withdraw(1000)
except ValueError as e:
    print(type(e).__name__, isinstance(e, InsufficientFunds), e)
try:
    Account("x").deposit(0)
except Exception as e:
    print(repr(e))
print(sys.getrefcount(alice), len(alice.__dict__), sorted(vars(carol)))
