# Parameters after * or *args can only be passed by keyword.
def connect(host, *, port=80, secure=False):
    return host + ":" + str(port) + (" tls" if secure else "")

print(connect("a"))
print(connect("b", port=443, secure=True))
print(connect(secure=True, host="c"))
try:
    connect("d", 8080)
except TypeError as e:
    print(e)

def required(*, key):
    return key
print(required(key=5))
try:
    required()
except TypeError as e:
    print(e)

def mixed(a, b=2, *rest, flag, opt="o", **extra):
    return a, b, rest, flag, opt, extra

print(mixed(1, flag=True))
print(mixed(1, 3, 5, 7, flag=0, z=9))
print(mixed.__kwdefaults__, mixed.__defaults__)
print(mixed.__code__.co_kwonlyargcount, mixed.__code__.co_argcount)
try:
    mixed(1, 2)
except TypeError as e:
    print(e)
try:
    connect("e", colour="red")
except TypeError as e:
    print(e)
