# Binary operators: the operator is marked with ^, its operands with ~.
def divide(a, b):
    return a / b

def chain(items):
    try:
        return items[0] // 0
    except ZeroDivisionError:
        try:
            return (items) ** "two"  # parenthesised operand
        except TypeError:
            return items[1] +   "x"

print("start")
try:
    divide(1, 0)
except ZeroDivisionError:
    chain([1, 2])
