# print writes the arguments before the one whose repr fails.
class P:
    def __repr__(self):
        return "P(" + self.name + ")"
items = [P()]
print("items:", items)
