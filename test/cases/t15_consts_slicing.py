# Theme: constants and whole-object slices. Literals in the main script get
# one extra reference from the parser; equal constants in one file are
# merged; folded expressions (2 ** 20, "-=" * 4) are constants too. Slicing
# a whole tuple, str or bytes returns the same object; a list or bytearray
# slice copies.

LIMITS = (1.5, 2.5)  # ?rc LIMITS
SIZE = 2 ** 20  # ?rc SIZE
BANNER = "-=" * 4  # ?rc BANNER
RAW = b"\x00\x01 bytes"  # ?rc RAW


def limits():
    return (1.5, 2.5)


def size():
    local = 2 ** 20  # ?rc local
    return local


same = limits()  # ?rc LIMITS
full = LIMITS[:]  # ?rc LIMITS
part = LIMITS[1:]  # ?rc part
text = BANNER[:]  # ?rc BANNER
head = RAW[:]  # ?rc RAW
tail = RAW[2:]
codes = tuple(RAW)  # ?rc codes
for byte in RAW:
    seen = RAW  # ?rc RAW
buf = bytearray(RAW)  # ?rc buf RAW
dup = buf[:]  # ?rc buf dup
s2 = size()  # ?rc SIZE
lst = list(LIMITS)  # ?rc LIMITS
cp = lst[:]  # ?rc lst
first = cp[0]  # ?rc first
del same, full, text, head  # ?rc LIMITS BANNER RAW
