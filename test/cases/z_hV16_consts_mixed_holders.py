# Theme: one float constant used by plain defs, a def that also uses None (its
# co_consts[0] is None anyway), a lambda, a def with an f-string and a def with a
# docstring (co_consts[0] is the docstring): all but the last share one tuple.


def rate():
    return 0.125


def rate_checked(x):
    if x is None:
        return None
    return 0.125


def rate_doc():
    "The rate."
    return 0.125


def show(x):
    return f"{x}" if x else 0.125


get = lambda: 0.125
r = rate()  # ?rc r
r2 = rate_checked(1)  # ?rc r r2
r3 = rate_doc()  # ?rc r
r4 = get()  # ?rc r
r5 = show(0)  # ?rc r


def label():
    return "two words"


def label_b(flag):
    while flag:
        flag = False
    return "two words"


s = label()  # ?rc s
s2 = label_b(True)  # ?rc s
