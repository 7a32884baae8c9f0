# Theme: module and function constants: tuples of floats, frozensets, long
# strings, big ints, negative numbers, bytes. Literals carry a parser reference
# in a script and equal literals are merged.

POINT = (1.5, 2.5, 3.5)  # ?rc POINT
NEG = -1000  # ?rc NEG
BIG = 12345678901234567890  # ?rc BIG
LONG = "this is a long string, not an identifier at all"  # ?rc LONG
RAW = b"raw bytes here!"  # ?rc RAW
FS = frozenset({1.5, 2.5})  # ?rc FS
NEGF = -2.75  # ?rc NEGF


def f():
    t = (1.5, 2.5, 3.5)  # ?rc t
    s = "this is a long string, not an identifier at all"  # ?rc s
    n = -1000  # ?rc n
    return t, s, n


res = f()  # ?rc POINT LONG res
t2 = POINT  # ?rc POINT
big2 = BIG * 2  # ?rc big2
neg2 = -NEG  # ?rc neg2
fs2 = frozenset([1.5, 2.5])  # ?rc fs2
both = [BIG, BIG]  # ?rc BIG
del res  # ?rc POINT
mix = (NEGF, -2.75)  # ?rc NEGF mix
