# Theme: tax brackets and an ordered price list with bisect: bisect_right
# over thresholds, insort with key= keeping records sorted by price, and
# slicing a price range out by bisect_left/bisect_right.
import bisect
from operator import attrgetter


class Item:
    def __init__(self, sku, price):
        self.sku = sku
        self.price = price


thresholds = [10000.0, 40000.0, 85000.0]  # ?rc thresholds
rates = [0.0, 0.12, 0.22, 0.32]  # ?rc rates
incomes = [float(x) * 1000.5 for x in (8, 25, 60, 120)]  # ?rc incomes
taxed = [inc * rates[bisect.bisect_right(thresholds, inc)] for inc in incomes]  # ?rc taxed
rate_hi = rates[bisect.bisect(thresholds, incomes[-1])]  # ?rc rate_hi
by_price = attrgetter("price")  # ?rc by_price
shelf = []  # ?rc shelf
for n, p in enumerate([4.5, 1.25, 9.75, 3.0, 6.5]):
    item = Item("sku-%d" % n, p * 2)  # ?rc item
    bisect.insort(shelf, item, key=by_price)  # ?rc item by_price
cheapest = shelf[0]  # ?rc cheapest
keys = [it.price for it in shelf]  # ?rc keys
lo = bisect.bisect_left(keys, 5.0)  # ?rc keys
hi = bisect.bisect_right(keys, 15.0)
mid_range = shelf[lo:hi]  # ?rc mid_range cheapest item
found = bisect.bisect_left(shelf, 19.5, key=by_price)
priciest = shelf[found]  # ?rc priciest item
del shelf  # ?rc cheapest item priciest
del mid_range  # ?rc item priciest
print(taxed, rate_hi, cheapest.sku, priciest.sku)
