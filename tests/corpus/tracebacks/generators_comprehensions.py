# Frames of generators and comprehensions.
def numbers(limit):
    for i in range(limit):
        if i == 3:
            raise ValueError(f"bad number {i}")
        yield i * 10

squares = [n * n for n in numbers(2)]
print(squares)
lookup = {n: str(n) for n in range(3)}
result = [lookup[n] for n in range(5) if n >= 0]
