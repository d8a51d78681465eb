# The first iterable is evaluated in the enclosing scope, before the comprehension runs.
def src(tag, n):
    print("evaluate", tag)
    return range(n)

result = [(a, b) for a in src("outer", 2) for b in src("inner", 2)]
print(result)
gen = (a for a in src("genexpr", 2))
print("genexpr created")
print(list(gen))
class K:
    n = 3
    vals = [i for i in range(n)]
print(K.vals)
try:
    [z for z in 5]
except TypeError as e:
    print("TypeError:", e)
data = [3, 1, 2]
sorted_copy = [v for v in sorted(data)]
print(sorted_copy, data)
