# At exit CPython clears __main__ in a collection: weakrefs that die with the module are cleared
# without their callbacks; a weakref kept alive elsewhere still gets its callback.
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def report(wr):
    print("callback")


first = Res("first")
w1 = weakref.ref(first, report)
second = Res("second")
w2 = weakref.ref(second, report)
print("end")
