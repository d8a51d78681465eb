# A class given __del__ after its instances were made: the cycle freed at shutdown runs it.
class Node:
    pass

n = Node()
n.me = n
del n

def finalizer(self):
    print("del added later")

Node.__del__ = finalizer
print("script ends")
