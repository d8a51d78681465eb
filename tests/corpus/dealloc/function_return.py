# Locals are freed when the function returns, in the order of the frame's variables.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def f(arg):
    first = Noisy("first local")
    second = Noisy("second local")
    print("returning from f")
    return "result"

print(f(Noisy("argument")))
print("after f")

def keeps():
    a = Noisy("kept")
    b = Noisy("dropped")
    return a
k = keeps()
print("kept alive:", k.name)
del k

def temp_in_expression():
    return Noisy("temp").name + "!"
print(temp_in_expression())

def loop_locals():
    for i in range(3):
        item = Noisy("loop" + str(i))
    print("loop done")
loop_locals()
print("end")
