# Nested loops in one comprehension, and comprehensions inside comprehensions.
print([(i, j) for i in range(3) for j in range(3) if i != j])
print([c for word in ["ab", "cd"] for c in word])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print({i: [j for j in range(i)] for i in range(4)})
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
flat = [y for x in [[1, [2]], [3, [4]]] for y in x]
print(flat)
print([[c for c in w] for w in ["hi", "yo"]])
