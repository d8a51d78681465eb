values = [1.0, 2.0]
print(sum(values) / (len(values) - 2))
