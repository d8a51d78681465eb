# send() resumes the generator with a value for the paused yield expression.
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

a = averager()
print(next(a))
print(a.send(10))
print(a.send(20))
print(a.send(60))

def echo():
    received = yield "ready"
    while True:
        received = yield "echo " + str(received)

e = echo()
print(e.send(None))
print(e.send("a"), e.send(1), next(e))
g = echo()
try:
    g.send(5)
except TypeError as err:
    print("TypeError:", err)

def delegate():
    result = yield from averager()

d = delegate()
next(d)
print(d.send(4), d.send(8))
