"""Module docstring: constants everywhere."""
# Theme: constants in functions and modules: floats, big ints, strings that
# are not identifiers and tuples of constants, shared across code objects.

BIG = 12345678901234567890  # ?rc BIG
RATE = 0.075  # ?rc RATE
MSG = "rate is: %"  # ?rc MSG
TUP = (1.25, 2.25, "x y")  # ?rc TUP


def get_big():
    n = 12345678901234567890  # ?rc n
    return n


def get_tup():
    t = (1.25, 2.25, "x y")  # ?rc t
    return t


def compute():
    v = 10 ** 20  # ?rc v
    w = 0.5 * 3  # ?rc w
    return v


x = get_big()  # ?rc x BIG
y = get_tup()  # ?rc y TUP
z = compute()  # ?rc z
z2 = compute()  # ?rc z z2
s = "rate is: %"  # ?rc s MSG
f = 0.075  # ?rc f RATE
nested = ((1.5, 2.5), (3.5, 4.5))  # ?rc nested
inner = nested[0]  # ?rc inner nested
del get_big  # ?rc BIG x
frozen = frozenset({3.25})  # ?rc frozen
blist = [12345678901234567890, 12345678901234567890]  # ?rc BIG
plain = f"rate is: %"  # ?rc MSG plain -- no placeholders: the same constant
doc = __doc__  # ?rc BIG
