# The line a traceback shows for an error in a condition, a decorator or a comprehension, as
# CPython 3.11 assigns it: a truth test's jump has the line of the statement, a comparison's its own.


class Bad:
    def __bool__(self):
        raise ValueError("no truth")

    def __lt__(self, other):
        raise TypeError("no order")


def line_of(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__.tb_next
        print(fn.__name__, type(e).__name__, tb.tb_lineno, tb.tb_frame.f_lineno)


bad = Bad()
ok = True


def truth_on_continuation_line():
    if (ok and
            bad):
        pass


def comparison_on_continuation_line():
    if (ok and
            bad < 1):
        pass


def while_condition():
    while (ok and
           bad):
        pass


def assert_condition():
    assert (ok and
            bad), "message"


def comprehension_condition():
    return [x for x in range(3)
            if bad]


def comprehension_comparison():
    return [x for x in range(3)
            if bad < x]


def conditional_expression():
    return (1 if (ok and
                  bad) else 2)


def not_condition():
    if not (ok and
            bad):
        pass


def boolean_operator_value():
    return (ok and
            bad < 2)


def decorator(fn):
    raise RuntimeError("decorator")


def decorated():
    @staticmethod
    @decorator
    def f():
        pass


def decorated_class():
    @decorator
    class C:
        pass


for fn in (truth_on_continuation_line, comparison_on_continuation_line, while_condition,
           assert_condition, comprehension_condition, comprehension_comparison, conditional_expression,
           not_condition, boolean_operator_value, decorated, decorated_class):
    line_of(fn)
