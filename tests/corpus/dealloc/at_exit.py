# Objects still alive when the script ends are finalized at interpreter shutdown.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

first = Noisy("first global")
second = Noisy("second global")
_private = Noisy("underscore global")
lst = [Noisy("list item 0"), Noisy("list item 1")]
print("script ends")
