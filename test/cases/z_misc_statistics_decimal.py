# Theme: median_low / median_high / mode / multimode over Decimal prices hand
# back items of the data (first occurrences for the modes); an even median and
# the mean of Decimals are new Decimals; quantiles is a new list.
import statistics
from decimal import Decimal

prices = [Decimal(t) for t in "4.50 9.99 4.5 2.25 9.990 7.00".split()]
first = prices[0]  # ?rc first
low = statistics.median_low(prices)  # ?rc low first
high = statistics.median_high(prices)  # ?rc high
mid = statistics.median(prices)  # ?rc mid
common = statistics.mode(prices)  # ?rc common first
tops = statistics.multimode(prices)  # ?rc tops common
avg = statistics.mean(prices)  # ?rc avg
counts = statistics.multimode([3, 1, 3, 1, 2])  # ?rc counts
cuts = statistics.quantiles([1.5, 2.5, 3.5, 4.5], n=4)  # ?rc cuts
del prices  # ?rc first low high common
tops.clear()  # ?rc first common
print(low, high, mid, common, avg, counts, cuts)
