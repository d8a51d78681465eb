# Nested lists share inner objects: aliasing via * and copy.
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2, grid2[0] is grid2[1])
outer = [[1, 2], [3, 4]]
shallow = outer.copy()
shallow[0].append(99)
shallow[1] = "replaced"
print(outer, shallow)
d = {"list": [1], "dict": {"k": [2]}}
d["dict"]["k"].append(3)
print(d)
tree = {"name": "root", "children": [{"name": "a", "children": []}, {"name": "b", "children": [{"name": "c", "children": []}]}]}
def names(node, depth=0):
    out = ["  " * depth + node["name"]]
    for ch in node["children"]:
        out.extend(names(ch, depth + 1))
    return out
print("\n".join(names(tree)))
selfref = [1]
selfref.append(selfref)
print(selfref, selfref[1] is selfref)
dself = {}
dself["me"] = dself
print(dself)
