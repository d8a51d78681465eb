# while/else: the else block runs only if the loop ends without break.
def search(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
    return i

print(search([4, 5, 6], 5))
print(search([4, 5, 6], 9))
n = 0
while n < 3:
    n += 1
else:
    print("else after normal end", n)
while False:
    print("never")
else:
    print("else of a loop that never ran")
k = 10
while k:
    k -= 3
    if k < 0:
        break
    print("k", k)
else:
    print("not printed")
print("k end", k)
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
print(count)
