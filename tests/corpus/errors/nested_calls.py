def parse(s):
    return int(s)
def load(items):
    return [parse(x) for x in items]
def main():
    print(load(["1", "2"]))
    return load(["3", "x4"])
main()
