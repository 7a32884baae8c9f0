# Theme: module-level constants shared between functions: globals are read
# without holding a reference; equal literals in functions merge with the
# module's constant.

LIMITS = (2.5, 7.5)  # ?rc LIMITS
NAME = "shared label, not an identifier"  # ?rc NAME
TABLE = {"a": 1.5}  # ?rc TABLE


def low():
    lo = LIMITS[0]  # ?rc lo
    return LIMITS


def high():
    here = (2.5, 7.5)  # ?rc here LIMITS
    return here


def label():
    tag = "shared label, not an identifier"  # ?rc tag
    return tag


x = low()  # ?rc x LIMITS
y = high()  # ?rc y
z = label()  # ?rc NAME z
t = TABLE  # ?rc TABLE
del x, y  # ?rc LIMITS
del z  # ?rc NAME
pair = [LIMITS, LIMITS]  # ?rc LIMITS
