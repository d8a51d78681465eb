# Module-level code: __name__, top-level control flow, names defined later in the file.
print(__name__)
def uses_later():
    return defined_later * 2
defined_later = 21
print(uses_later())
if __name__ == "__main__":
    print("running as main")
for _n in range(2):
    def dyn():
        return _n
print(dyn())
try:
    print(not_yet)
except NameError as e:
    print("NameError:", e)
not_yet = "now"
print(not_yet)
print(type(__builtins__).__name__ in ("module", "dict"))
