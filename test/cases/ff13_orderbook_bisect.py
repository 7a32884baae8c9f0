# Theme: price bands and a sorted order book with bisect: bisect_right
# into a band table, insort of dataclass orders with key=, range queries by
# slicing, and insort of computed floats.
import bisect
import gc
import sys
from dataclasses import dataclass


@dataclass
class Order:
    price: float
    qty: int
    trader: str


bands = [9.99, 19.99, 49.99, 99.99]  # ?rc bands
names = ["budget tier", "standard tier", "premium tier", "luxury tier", "bespoke tier"]  # ?rc names


def band(price):
    i = bisect.bisect_right(bands, price)
    label = names[i]  # ?rc label
    return label


book = []  # ?rc book
for price, qty, who in [(25.5, 10, "ann k."), (24.75, 3, "bo l."), (26.0, 7, "cy m."), (25.5, 2, "di n.")]:
    o = Order(price, qty, who)  # ?rc o
    bisect.insort(book, o, key=lambda od: od.price)  # ?rc o
lo = bisect.bisect_left(book, 25.0, key=lambda od: od.price)
hi = bisect.bisect_right(book, 25.75, key=lambda od: od.price)
mid = book[lo:hi]  # ?rc mid
best = book[0]  # ?rc best
levels = []  # ?rc levels
for p in [3.5, 75.0, 12.0, 3.5]:
    bisect.insort(levels, p * 2)  # ?rc levels
cheap = levels[0]  # ?rc cheap
tier = band(cheap)  # ?rc tier
pos = bisect.bisect(levels, 24.0)
book.remove(best)  # ?rc best
print(sys.getrefcount(best), tier, pos, mid)
del mid  # ?rc o
print(gc.collect())
