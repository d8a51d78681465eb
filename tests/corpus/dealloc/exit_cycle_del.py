# Cycles still alive when the script ends: the collections at shutdown free them, running __del__.
class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("del", self.name)

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
keep = Node("global")
print("script ends")
