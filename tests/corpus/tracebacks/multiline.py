# Positions spanning lines: markers run to the end of the first line.
def risky(x):
    return {"k": x}["nope"]

values = [1, 2, 3]
total = (sum(values) +
         risky(5))
