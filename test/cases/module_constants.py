# Theme: module-level constants shared by several functions, constant
# tuples, small ints and interned strings (3.12+: immortal).
import sys

RATE = 0.075
LABELS = ("net price", "gross price")
LIMIT = 10 ** 6
UNIT = "EUR"
SMALL = 7


def gross(net):
    return net * (1 + RATE)


def describe(net):
    rate = RATE  # ?rc rate
    labels = LABELS  # ?rc labels
    return {LABELS[0]: net, LABELS[1]: gross(net)}


def check(amount):
    limit = LIMIT  # ?rc limit
    return amount <= LIMIT


rate = RATE  # ?rc rate
labels = LABELS  # ?rc labels
limit = LIMIT  # ?rc limit
res = describe(2.0 * 50)  # ?rc res
ok = check(500 * 3)  # ?rc ok
unit = UNIT  # ?rc unit
seven = SMALL  # ?rc seven
print(sys.getrefcount(UNIT))
print(sys.getrefcount(SMALL))
print(sys.getrefcount(RATE))
again = 0.075  # ?rc again rate
name = LABELS[0]  # ?rc name
del LABELS  # ?rc labels name
del RATE  # ?rc rate
