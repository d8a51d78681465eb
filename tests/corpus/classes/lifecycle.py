import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

a = Noisy('a')
b = a
print('drop a')
del a
print('drop b')
del b
print('after')

holder = Noisy('holder')
holder.first = Noisy('first')
holder.second = Noisy('second')
holder.third = Noisy('third')
print(sys.getrefcount(holder.first))
del holder
print('holder gone')

x = Noisy('x')
x = Noisy('y')
print('rebound')

def make():
    t = Noisy('local')
    print('in make')

make()
print('made')

class Data:
    pass

data = [1, 2, 3]
obj = Data()
print(sys.getrefcount(obj), sys.getrefcount(data))
obj.payload = data
print(sys.getrefcount(data))
obj2 = Data()
obj2.payload = data
print(sys.getrefcount(data))
del obj
print(sys.getrefcount(data))
print(sys.getrefcount(Data))
del obj2
print(sys.getrefcount(Data))
del x
print('end')
