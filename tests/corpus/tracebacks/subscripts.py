# Subscripts: the brackets and index are marked with ^, the value with ~.
table = {"a": {"b": 1}}
grid = [[1, 2], [3, 4]]

def read(key):
    return table["a"][key]

try:
    read("zz")
except KeyError:
    try:
        print(grid[1][ 5 ])
    except IndexError:
        t = (1, 2)
        t[0] = 3
