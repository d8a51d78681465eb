# A ZeroDivisionError raised by a fused operation in compiled code points at the operation.
def ratio(a, b):
    scale = 2.0
    return a * scale + a / b

def run(values):
    total = 0.0
    for v in values:
        total += ratio(v, v - 3.0)
    return total

print(run([1.0] * 500))
print(run([3.0]))
