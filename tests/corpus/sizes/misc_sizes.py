import sys
print(sys.getsizeof(1.5), sys.getsizeof(0.0), sys.getsizeof(float("inf")), sys.getsizeof(2 / 3))
print(sys.getsizeof(b""), sys.getsizeof(b"a"), sys.getsizeof(b"abc"), sys.getsizeof(bytes(100)))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2)), sys.getsizeof((1, 2, 3)), sys.getsizeof(tuple(range(20))))
print(sys.getsizeof(range(0)), sys.getsizeof(range(10)), sys.getsizeof(range(2 ** 100)))
def f():
    pass
def g(a, b=1):
    return a + b
print(sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(len), sys.getsizeof(sys.getsizeof))
lst = []
print(sys.getsizeof(lst.append), sys.getsizeof("".join))
print(sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter(range(3))), sys.getsizeof(iter(set())))
print(sys.getsizeof(int), sys.getsizeof(sys))
