# An assert's error is reported at its comparison, which the markers underline.
def check_total(items):
    total = sum(items)
    assert total == 10, "total is " + str(total)
    return total

print(check_total([4, 6]))
check_total([1, 2])
