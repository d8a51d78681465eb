# Exceptions caught inside loops let the loop continue; uncaught ones leave it.
results = []
for token in ["1", "x", "3", "", "5"]:
    try:
        results.append(int(token))
    except ValueError as e:
        results.append(None)
        print("skip:", e)
print(results)

def first_bad(items):
    for i, it in enumerate(items):
        try:
            10 / it
        except ZeroDivisionError:
            return i
    return -1
print(first_bad([1, 2, 0, 4]), first_bad([1]))

count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise StopIteration
    except StopIteration:
        print("stopping at", count)
        break
    finally:
        print("tick", count)

def outer_catch():
    try:
        for i in range(5):
            if i == 2:
                raise RuntimeError("at " + str(i))
            print("i", i)
    except RuntimeError as e:
        print("left the loop:", e)
outer_catch()
