# Implicit joining inside brackets, backslash continuation, comments and blank lines.
total = 1 + \
        2 + \
        3
items = [
    1,  # one
    2,  # two

    3,
]
mapping = {
    "a": 1,
    # a comment inside a display
    "b": 2,
}
call = max(
    4,
    5,
)
if total > 5 and \
   len(items) == 3:
    print("joined", total, items, mapping, call)
def f(a,
      b=2,
      *c):
    return (a +
            b)
print(f(1,
        3))
x = (1
     + 2)
print(x)  # trailing comment
# a full-line comment at the end
