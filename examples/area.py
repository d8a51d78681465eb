# The disassembly example from the README: ./minipy dis examples/area.py
def area(w, h):
    return w * h

print(area(3, 4))
