# Assignment to names, attributes, subscripts and slices; chained assignment order.
class Obj:
    pass
o = Obj()
d = {}
lst = [0, 0, 0]
a = b = c = [1]
print(a is b is c)
o.x = d["k"] = lst[0] = "v"
print(o.x, d, lst)
x, o.y, d["j"], lst[1] = 1, 2, 3, 4
print(x, o.y, d, lst)
lst[-1], lst[0] = lst[0], lst[-1]
print(lst)
i = 0
i, lst[i] = 1, "set"
print(i, lst)
order = []
class Tracer(dict):
    def __setitem__(self, k, v):
        order.append(k)
        dict.__setitem__(self, k, v)
t = Tracer()
t["a"] = t["b"] = t["c"] = 0
print(order)
m = [[0, 0], [0, 0]]
m[1][0] = 5
print(m)
