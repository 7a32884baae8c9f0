# Memoised pricing: functools.lru_cache keyed by tuples, partial for a
# preconfigured rounding function, reduce to combine, decimal arithmetic.
import functools
import sys
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")  # ?rc CENT


@functools.lru_cache(maxsize=32)
def tier_price(tier):
    base = Decimal(tier[0]) * Decimal(tier[1])  # ?rc tier base
    return base


def rounded(value, quantum, rounding):
    out = value.quantize(quantum, rounding=rounding)  # ?rc value out
    return out


to_cents = functools.partial(rounded, quantum=CENT, rounding=ROUND_HALF_UP)  # ?rc to_cents CENT
key_a = ("3", "1.337")  # ?rc key_a
key_b = ("2", "4.5")
p1 = tier_price(key_a)  # ?rc key_a p1
p2 = tier_price(key_a)  # ?rc p2
p3 = tier_price(key_b)  # ?rc key_b p3
prices = [p1, p3]  # ?rc prices
total = functools.reduce(lambda a, b: a + b, prices, Decimal("0"))  # ?rc total prices
cents = to_cents(total)  # ?rc cents total
info = tier_price.cache_info()  # ?rc info
labels = []
for i, p in enumerate(prices):
    label = "%d: %s" % (i, to_cents(p))  # ?rc label p
    labels.append(label)
tier_price.cache_clear()  # ?rc key_a p1
print(labels, cents)
print(sys.getrefcount(p1))
print(sys.getrefcount(to_cents))
