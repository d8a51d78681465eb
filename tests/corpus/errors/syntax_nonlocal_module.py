x = 1
def f():
    global y
nonlocal x
