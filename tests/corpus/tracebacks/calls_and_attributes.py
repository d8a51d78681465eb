# Calls, methods and attributes; markers are left out when they would cover the whole line.
class Account:
    def __init__(self, owner):
        self.owner = owner

    def balance(self):
        return self.amount

    def describe(self):
        return "%s has %d" % (self.owner, self.balance())

acct = Account("ann")
try:
    print(acct.describe())
except AttributeError as e:
    print("caught:", e)
text = "hello"
print(len(text), text.upper().rjust(10))
text.upper().missing_method(1, 2)
