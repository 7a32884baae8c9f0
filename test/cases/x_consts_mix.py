# Constants in a function and the module: folded tuples, frozensets made from
# `in {...}` tests, interned identifiers vs other strings, big ints, floats.
import sys

LIMIT = 10 ** 6  # ?rc LIMIT
NAME = "config_value"  # ?rc NAME
PHRASE = "hello world!"  # ?rc PHRASE
PAIR = (1, "two", 3.0)  # ?rc PAIR
NEG = -7  # ?rc NEG
BIG = 2 ** 70  # ?rc BIG


def classify(word):
    if word in {"alpha", "beta"}:
        kind = "greek"  # ?rc kind
    elif word in ("x", "y", "z"):
        kind = "axis"
    else:
        kind = "other word"  # ?rc kind
    limits = (0, 255, 1000)  # ?rc limits
    return kind, limits


k1, lim1 = classify("alpha")  # ?rc k1 lim1
k2, lim2 = classify("none")  # ?rc k2 lim2
same = lim1 is lim2  # ?rc same
ratio = 0.5  # ?rc ratio
r2 = 0.5  # ?rc ratio r2
cut = PHRASE[:5]  # ?rc cut
joined = "-".join(["a", "b"])  # ?rc joined
print(sys.getrefcount(PAIR))
big2 = BIG + 1  # ?rc big2
small = 200 + 56  # ?rc small
not_small = 200 + 57  # ?rc not_small
