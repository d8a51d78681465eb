# with calls __enter__ and __exit__; __exit__ sees the exception and can suppress it.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with Ctx("a") as v:
    print("body", v)
with Ctx("b", suppress=True):
    raise ValueError("suppressed")
print("after b")
try:
    with Ctx("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
with Ctx("outer") as o, Ctx("inner") as i:
    print("both", o, i)

def early():
    with Ctx("ret"):
        return "returned"
print(early())
for n in range(2):
    with Ctx("loop" + str(n)):
        if n == 0:
            continue
        break
with Ctx("nobind"):
    pass
