# Decimal arithmetic under the default context (28 digits, half-even): the
# results' values decide which key a dict keeps, what max() returns and when
# Decimal(x) is x itself; a Decimal with a float is a TypeError.
from decimal import Decimal, ROUND_HALF_UP

cent = Decimal("0.01")
a = Decimal("1.10") + Decimal("2.205")  # ?rc a
b = Decimal("3.305")
prices = {b: "b"}
prices[a] = "a"  # ?rc a b prices
c = (Decimal("4.995") * 3).quantize(cent, rounding=ROUND_HALF_UP)  # ?rc c
d = Decimal("14.99")
top = max([d, c])  # ?rc top c d
third = Decimal(1) / Decimal(3)
approx = Decimal("0.3333333333333333333333333333")
seen = {approx: 1}
seen[third] = 2  # ?rc third approx
q = Decimal(-7) // 2  # ?rc q
r = Decimal(-7) % 2
keys = {Decimal("-1"): "r", Decimal("-3"): "q"}
keys[r] = "x"
keys[q] = "y"  # ?rc r q keys
neg = -Decimal("0.00")
zero = {Decimal(0): 1}
zero[neg] = 2  # ?rc neg
try:
    bad = Decimal("1.5") + 1.5
except TypeError as exc:
    err = exc  # ?rc err
half = Decimal(10) / Decimal("0.5")
ints = {20: "int"}
ints[half] = "dec"  # ?rc half ints
same = Decimal(half)  # ?rc same half
total = sum([Decimal("0.10"), Decimal("0.20"), 3], Decimal(0))
tally = {Decimal("3.3"): 0}
tally[total] = 1  # ?rc total tally
wide = Decimal(2) ** 100

whole = round(Decimal("1002.5"))  # ?rc whole
cents = round(Decimal("2.675"), 2)
again = {Decimal("2.68"): 0}
again[cents] = 1  # ?rc cents
print(a, c, top, third, q, r, neg, half, total, wide, whole, cents)
