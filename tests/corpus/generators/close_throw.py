# close() raises GeneratorExit inside the generator; throw() raises any exception there.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled ValueError", e)
    finally:
        print("cleanup")

w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad"))
w.send(2)
w.close()
print("closed")
w.close()
try:
    w.send(3)
except StopIteration:
    print("send after close: StopIteration")

def noncatching():
    yield 1
    yield 2
n = noncatching()
next(n)
try:
    n.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(n))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def throw_returns():
    try:
        yield 1
    except IndexError:
        yield "recovered"
t = throw_returns()
next(t)
print(t.throw(IndexError))
fresh = noncatching()
fresh.close()
print(list(fresh))
