# statistics over mixed Decimal / int / Fraction data: items ordered and
# counted by exact value (median_low / median_high / mode give the item
# itself), an even median of a Decimal and an int and a mean of Decimals and
# ints are new Decimals whose values decide which dict key is kept.
import statistics
from decimal import Decimal
from fractions import Fraction

data = [Decimal("2.50"), 4, Decimal("1.5"), 3, Decimal("3.0")]  # ?rc data
low = statistics.median_low(data)  # ?rc low
high = statistics.median_high(data)  # ?rc high
mid = statistics.median(data)  # ?rc mid
pair = [Decimal("1.5"), 2, 7, Decimal("0.5")]
center = statistics.median(pair)  # ?rc center
seen = {Decimal("1.75"): "c"}
seen[center] = "center"  # ?rc center seen
avg = statistics.mean(data)  # ?rc avg
means = {Decimal("2.8"): "m"}
means[avg] = "avg"  # ?rc avg means
votes = [3, Decimal("3.00"), Fraction(6, 2), 1, Decimal("1")]
top = statistics.mode(votes)  # ?rc top
tops = statistics.multimode(votes)  # ?rc tops
first = votes[0]  # ?rc first
del data  # ?rc low high mid
del votes, tops  # ?rc first top
print(low, high, mid, center, avg, top)
