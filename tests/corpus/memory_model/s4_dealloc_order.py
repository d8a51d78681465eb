# §4: a list or tuple drops its items last to first; a dict in insertion order;
# instance attributes in definition order.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("  del", self.n)
print("list")
x = [D("l0"), D("l1"), D("l2")]
x = None
print("tuple")
x = (D("t0"), D("t1"), D("t2"))
x = None
print("dict")
x = {"b": D("d-b"), "a": D("d-a"), "c": D("d-c")}
x = None
print("instance")
class I:
    pass
x = I()
x.b = D("i-b")
x.a = D("i-a")
x.c = D("i-c")
x = None
print("end")
