# list methods: append, extend, insert, remove, pop, index, count, reverse, sort, copy, clear.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend((2, 6))
a.insert(0, 0)
a.insert(100, 99)
a.insert(-1, 98)
print(a)
a.remove(1)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(4), a.index(1), a.count(1), a.count(7))
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Cherry", "apple"]
words.sort(key=str.lower)
print(words)
b = a.copy()
print(b == a, b is a)
a.clear()
print(a, b)
for bad in (lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(5)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
