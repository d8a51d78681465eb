# Where tracebacks and frames say an exception left a function, through the compiler-generated
# cleanup of except-as, with, finally and loops (CPython 3.11 gives much of it no line number, so
# the line shown is that of the instruction that first raised).


def where(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno))
        tb = tb.tb_next
    return out


def report(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        print(fn.__name__, type(e).__name__, where(e)[1:])


class CM:
    def __init__(self, swallow=False):
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.swallow


def no_matching_handler():
    try:
        raise ValueError("a")
    except TypeError:
        pass


def no_matching_named_handler():
    try:
        raise ValueError("a")
    except TypeError as e:
        print(e)
    except KeyError as e:
        print(e)


def raise_in_named_handler():
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("from handler")


def bare_raise_in_named_handler():
    try:
        [][1]
    except IndexError as err:
        if err:
            x = 1
        raise


def raise_in_with():
    with CM():
        x = 1
        raise ValueError("in with")


def raise_in_nested_with():
    with CM() as a, CM() as b:
        if a and b:
            for i in range(2):
                pass
            1 / 0


def raise_through_finally():
    try:
        raise ValueError("body")
    finally:
        x = 1
        if x:
            y = 2


def raise_through_finally_ending_in_loop():
    try:
        raise ValueError("body")
    finally:
        for i in range(3):
            pass


def raise_in_for_else():
    for i in range(2):
        pass
    else:
        raise LookupError("else")


def raise_after_loop_break():
    for i in range(5):
        if i == 2:
            break
    else:
        pass
    raise KeyError(i)


def raise_in_except_after_try_else():
    try:
        x = 1
    except Exception:
        pass
    else:
        raise OSError("else of try")


for fn in (no_matching_handler, no_matching_named_handler, raise_in_named_handler,
           bare_raise_in_named_handler, raise_in_with, raise_in_nested_with, raise_through_finally,
           raise_through_finally_ending_in_loop, raise_in_for_else, raise_after_loop_break,
           raise_in_except_after_try_else):
    report(fn)


# A frame that is still running reports its current line.
def running():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        first = tb.tb_frame.f_lineno
        second = tb.tb_frame.f_lineno
        return tb.tb_lineno, first, second


print(running())
try:
    {}[0]
except KeyError as e:
    print("module", e.__traceback__.tb_lineno, e.__traceback__.tb_frame.f_lineno)


# A frame that returned while a traceback kept its frame object: the line it returned from.
def returns_through_finally():
    try:
        try:
            raise ValueError
        except ValueError as e:
            saved = e
        return saved
    finally:
        z = 3


def returns_in_with():
    with CM(swallow=True):
        try:
            raise ValueError
        except ValueError as e:
            saved = e
        return saved


def falls_off_the_end(flag):
    try:
        raise ValueError
    except ValueError as e:
        saved = e
    if flag:
        keep.append(saved)
    else:
        keep.append(saved)


keep = []
for e in (returns_through_finally(), returns_in_with()):
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno)
falls_off_the_end(True)
falls_off_the_end(False)
for e in keep:
    print("falls_off_the_end", e.__traceback__.tb_lineno, e.__traceback__.tb_frame.f_lineno)
