# Identifiers may use Unicode letters; they are NFKC-normalised.
café = "coffee"
π = 3.14159
naïve = True
数 = 42
def grüß(name):
    return "hallo " + name
class Ñandú:
    größe = 1
print(café, π, naïve, 数, grüß("welt"), Ñandú.größe, Ñandú.__name__)
ﬁle = "ligature"
print(file)
print(grüß.__name__, "café" in dir())
