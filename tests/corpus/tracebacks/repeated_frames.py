# More than three identical frames in a row are summarised.
def countdown(n):
    if n == 0:
        return 1 / n
    return countdown(n - 1)

def walk(n):
    return countdown(n)

print(walk(1) if False else "deep")
walk(12)
