import math, sys
print("pi" in dir(math), type(math.__dict__).__name__)
print(math.__dict__["pi"] is math.pi, math.__name__, "__name__" in dir(sys))
x = 5
import builtins
print("x" in dir(), sorted(n for n in dir(builtins) if n.endswith("Warning"))[:4])
