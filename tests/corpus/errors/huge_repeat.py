# Repetition and allocation past what memory can hold: MemoryError or OverflowError as CPython
# 3.11 raises them, and the VM carries on.
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)

attempt("list 2**62", lambda: [1] * (2 ** 62))
attempt("list2 2**62", lambda: [1, 2] * (2 ** 62))
attempt("list 2**40", lambda: [1, 2, 3] * (2 ** 40))
attempt("str2 2**62", lambda: "ab" * (2 ** 62))
attempt("str 2**62", lambda: "a" * (2 ** 62))
attempt("str 2**40", lambda: "ab" * (2 ** 40))
attempt("tuple 2**63", lambda: (1,) * (2 ** 63))
attempt("tuple2 2**61", lambda: (1, 2) * (2 ** 61))
attempt("bytes 2**62", lambda: b"x" * (2 ** 62))
attempt("bytes2 2**62", lambda: b"ab" * (2 ** 62))
attempt("empty list", lambda: [] * (2 ** 63 - 1))
attempt("empty str", lambda: "" * (2 ** 63 - 1))
attempt("negative", lambda: [0] * -5)
attempt("bytes count", lambda: bytes(2 ** 40))
attempt("list of range", lambda: list(range(2 ** 40)))
attempt("tuple of range", lambda: tuple(range(2 ** 40)))
attempt("ljust", lambda: "a".ljust(2 ** 40))
print(len(range(2 ** 64 - 1)) if False else range(2 ** 64)[2 ** 63])
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(e)

class Liar:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return 2 ** 62
attempt("list of a liar", lambda: list(Liar()))
kept = [1]
attempt("extend by a liar", lambda: kept.extend(Liar()))
print(kept)
print("still alive", [1] * 3, "ab" * 2)
