# Errors in for statements, with statements and unpacking.
class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

with Manager() as m:
    first, second = [1, 2]
    print(first, second)
for key, value in {"a": 1}.items():
    print(key, value)
with Manager() as m:
    for ch in 42:  # not iterable
        pass
