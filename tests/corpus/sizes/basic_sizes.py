import sys
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(-1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60), sys.getsizeof(2 ** 100))
print(sys.getsizeof(2 ** 200), sys.getsizeof(-(2 ** 200)))
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(None))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("abcdef"), sys.getsizeof("é"), sys.getsizeof("€"), sys.getsizeof("😀"))
print(sys.getsizeof("héllo"), sys.getsizeof("h€llo"))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3]))
print(sys.getsizeof(range(10)), sys.getsizeof(sys))
def f():
    pass
print(sys.getsizeof(f), sys.getsizeof(print), sys.getsizeof(int))
print(sys.getsizeof(iter([])), sys.getsizeof(iter(range(3))), sys.getsizeof(iter(())))
