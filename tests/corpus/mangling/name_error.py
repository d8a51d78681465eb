# A mangled name that is not defined: the error names it mangled.
class Widget:
    def size(self):
        return __missing_size

try:
    Widget().size()
except NameError as e:
    print(e)

class Box:
    def unbound(self):
        print(__later)
        __later = 1

try:
    Box().unbound()
except UnboundLocalError as e:
    print(e)

try:
    Widget()._Widget__nope
except AttributeError as e:
    print(e)

class Tool:
    def run(self):
        return self.__engine

Tool().run()
