# Theme: statistics over parsed Decimal prices: median_low/median_high and
# mode hand back elements of the data, mean/median of an even count build
# new numbers; the sorted copies they make are gone afterwards.
import statistics
from decimal import Decimal

raw = "19.99 5.25 7.80 5.25 12.00 30.10 7.80 5.25"
prices = [Decimal(tok) for tok in raw.split()]  # ?rc prices
cheap = prices[1]  # ?rc cheap
low = statistics.median_low(prices)  # ?rc low
high = statistics.median_high(prices)  # ?rc high
mid = statistics.median(prices)  # ?rc mid -- even count: a new Decimal
common = statistics.mode(prices)  # ?rc common
avg = statistics.mean(prices)  # ?rc avg
spread = max(prices) - min(prices)  # ?rc spread
top = max(prices)  # ?rc top
groups = statistics.multimode(prices)  # ?rc groups common
odd = prices[:-1]  # ?rc odd low
center = statistics.median(odd)  # ?rc center
above = [p for p in prices if p > avg]  # ?rc above top
floats = [float(p) for p in prices]
quarts = statistics.quantiles(floats, n=4)  # ?rc quarts floats
del prices  # ?rc cheap low top
del odd  # ?rc low center
groups.clear()  # ?rc common cheap
print(low, high, mid, common, avg, spread, center, len(above))
