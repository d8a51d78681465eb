def positive(n):
    assert n > 0, "expected positive, got " + str(n)
    return n
positive(1)
positive(-2)
