# A suspended generator in a cycle at the end of the script: shutdown closes it, so its finally runs.
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("generator closed", len(box))

box = []
g = gen(box)
box.append(g)
print(next(g))
del g, box
print("script ends")
