# statistics over Decimal values: median_low / median_high / mode / multimode
# hand back the data's own Decimals (ordered and counted by exact value), an
# even median and mean are new Decimals; quantiles a new list.
import statistics
from decimal import Decimal
from fractions import Fraction

vals = [Decimal("2.50"), Decimal("1"), Decimal("2.5"), Decimal("0.75"), 3, Decimal("1.0")]  # ?rc vals
lo = statistics.median_low(vals)  # ?rc lo
hi = statistics.median_high(vals)  # ?rc hi
mid = statistics.median(vals)  # ?rc mid
most = statistics.mode(vals)  # ?rc most
many = statistics.multimode(vals)  # ?rc many most
avg = statistics.mean(vals)  # ?rc avg
odd = vals[1:]  # ?rc odd
center = statistics.median(odd)  # ?rc center
top = max(vals)  # ?rc top
small = min(vals)  # ?rc small
first = vals[0]  # ?rc first
same = first == Decimal("2.5")  # ?rc first
order = sorted(vals)  # ?rc order first
mixed = [Decimal("0.5"), 0.5, Fraction(1, 2), Decimal("0.25")]
m2 = statistics.mode(mixed)  # ?rc m2
q = statistics.quantiles([1.5, 2.5, 3.5, 4.5], n=4)  # ?rc q
d = {Decimal("1.50"): "a"}
d[1.5] = "b"  # ?rc d
key = next(iter(d))  # ?rc key
del vals, odd  # ?rc lo hi most center top small
many.clear()  # ?rc most
del order  # ?rc first lo hi top small
print(lo, hi, mid, most, avg, center, top, small, same, m2, q, d)
