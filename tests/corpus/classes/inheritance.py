class A:
    def who(self):
        return 'A'
    def hello(self):
        return 'hello from ' + self.who()

class B(A):
    def who(self):
        return 'B'

class C(A):
    def who(self):
        return 'C'

class D(B, C):
    pass

print(D().hello(), [k.__name__ for k in D.__mro__])
print(D.__bases__ == (B, C), D.__base__ is B)
print(issubclass(D, A), issubclass(A, D), issubclass(D, (int, C)), isinstance(D(), C))
print(super(B, D()).who(), super(D, D()).who(), super(C, D()).who())

class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return 'Base(%d)' % self.x if False else 'Base ' + str(self.x)

class Child(Base):
    def __init__(self, x, y):
        Base.__init__(self, x)
        self.y = y
    def describe(self):
        return super(Child, self).describe() + ' Child ' + str(self.y)

c = Child(1, 2)
print(c.describe(), c.x, c.y)

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(e)
try:
    class NoBool(bool):
        pass
except TypeError as e:
    print(e)

class MyError(ValueError):
    def __init__(self, code):
        ValueError.__init__(self, 'code ' + str(code))
        self.code = code

try:
    raise MyError(42)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))

class Plain(Exception):
    pass

try:
    raise Plain('a', 1)
except Exception as e:
    print(e, e.args, isinstance(e, Plain))

class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), len(s), isinstance(s, list))

class Slotted:
    __slots__ = ('b', 'a')
    def __init__(self):
        self.a = 1

import sys
o = Slotted()
print(o.a, sys.getsizeof(o))
try:
    o.b
except AttributeError as e:
    print(e)
try:
    o.c = 3
except AttributeError as e:
    print(e)
print(Slotted.a, Slotted.__slots__)
