# Theme: warehouse stock with collections.Counter: update/subtract,
# arithmetic (+, -, &, |), most_common, total, and a formatted summary.
import gc
from collections import Counter

shipment = Counter({"bolt M4": 1200, "nut M4": 1500, "washer": 700})  # ?rc shipment
orders = [Counter({"bolt M4": 300, "washer": 50}), Counter({"nut M4": 2000, "bolt M4": 10})]  # ?rc orders
stock = Counter()  # ?rc stock
stock.update(shipment)  # ?rc shipment
demand = sum(orders, Counter())  # ?rc demand
left = stock - demand  # ?rc left
short = demand - stock  # ?rc short
both = stock & demand  # ?rc both
peak = stock | demand  # ?rc peak
bolts = left["bolt M4"]  # ?rc bolts
top = left.most_common(1)  # ?rc top
pair = top[0]  # ?rc pair
stock.subtract(demand)  # ?rc stock
pos = +stock  # ?rc pos
total = stock.total()  # ?rc total
words = Counter("the quick brown fox jumps over the lazy dog the end".split())  # ?rc words
common = words.most_common(2)  # ?rc common
lines = [f"{item}: {qty}" for item, qty in sorted(left.items())]  # ?rc lines
report = "; ".join(lines)  # ?rc report
del orders  # ?rc demand
print(short, both, peak, pos, report, common, gc.collect())
