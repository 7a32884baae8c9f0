# String and tuple constants shared across functions: equal literals in
# one module are merged into one object; identity vs equality of built
# strings and numbers.
import gc
import sys

GREETING = "hello, world!"  # ?rc GREETING
COORDS = (1.5, 2.5, 3.5)  # ?rc COORDS


def greet():
    s = "hello, world!"  # ?rc s
    return s


def coords():
    c = (1.5, 2.5, 3.5)  # ?rc c
    return c


def build():
    parts = ["hello", ", world!"]
    joined = "".join(parts)  # ?rc joined
    return joined


a = greet()  # ?rc a GREETING
b = greet()  # ?rc a b
print(a is GREETING, a is b)
c = coords()  # ?rc c COORDS
print(c is COORDS)
j = build()  # ?rc j
print(j == GREETING, j is GREETING)
j2 = build()  # ?rc j j2
print(j is j2)
big = 10 ** 6  # ?rc big
big2 = 10 ** 6  # ?rc big big2
print(big == big2, big is big2)
f1 = 2.0 * 0.75  # ?rc f1
same = f1  # ?rc f1 same
fl = [f1, f1, 1.5]  # ?rc f1 fl
del a, b  # ?rc GREETING
del c  # ?rc COORDS
tcopy = tuple(COORDS)  # ?rc tcopy COORDS
tlist = list(COORDS)  # ?rc tlist COORDS
tsum = COORDS + ()  # ?rc tsum COORDS
rc_g = sys.getrefcount(GREETING)
rc_c = sys.getrefcount(COORDS)
print(rc_g, rc_c)
print(gc.collect())
for n in range(3):
    g = greet()  # ?rc g
    k = coords()  # ?rc k
print(gc.collect())
