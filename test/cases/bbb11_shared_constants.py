# Theme: constants shared between functions. Equal literals in one script are
# merged into one object used by every function's co_consts; module-level
# "constants" are ordinary globals read without holding a reference.

RATE = 0.075  # ?rc RATE
LIMITS = (10.5, 99.5)  # ?rc LIMITS
BANNER = "== report =="  # ?rc BANNER
UNITS = ["kg", "lb"]  # ?rc UNITS


def tax(amount):
    r = 0.075  # ?rc r -- the same literal object as RATE
    return amount * r


def clamp(x):
    lo, hi = (10.5, 99.5)  # ?rc lo hi
    bounds = LIMITS  # ?rc bounds
    return min(max(x, lo), hi)


def header():
    text = "== report =="  # ?rc text
    return text + " " + UNITS[0]


due = tax(120.0)  # ?rc due RATE
clamped = clamp(150.25)  # ?rc clamped
title = header()  # ?rc title BANNER
same = header.__code__.co_consts  # ?rc same
rate_alias = RATE  # ?rc RATE
RATE = RATE * 2  # ?rc RATE rate_alias
again = tax(10.0)  # ?rc again


class Config:
    limits = LIMITS  # ?rc LIMITS
    banner = "== report =="


cfg = Config()
lims = cfg.limits  # ?rc lims
del Config  # ?rc lims BANNER
UNITS += ["st"]  # ?rc UNITS
print(due, clamped, title, rate_alias, lims)
