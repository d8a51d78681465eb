# Equality and identity of containers, and containment using identity before equality.
nan = float("nan")
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], lst.count(nan), lst.index(nan))
print((1, [2]) == (1, [2]), {1: [2]} == {1: [2]}, {1, 2} == {2, 1}, [1, 2] == (1, 2))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
print(frozenset([1]) == {1}, [] == [], [] is [], () is ())

class Always:
    def __eq__(self, other):
        return True
x = Always()
print(x in [1, 2], [x] == [5], x == None)
class Never:
    def __eq__(self, other):
        return False
n = Never()
print(n in [n], [n] == [n], n == n, (n,) == (n,))
