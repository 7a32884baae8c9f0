# Theme: merging two inventory sources (CSV stock counts and a JSON price
# list) into Item objects, chained with itertools.chain, with aliasing
# between the merged dict and a list sorted by a key function, and a
# rebinding of the merged dict after filtering.
import csv
import gc
import io
import json
import sys
from itertools import chain

STOCK = "sku,qty\nP-100,12\nP-200,0\nP-300,7\nP-400,31\n"
PRICES = '{"P-100": 3.25, "P-300": 18.5, "P-400": 0.75, "P-500": 99.0}'


class Item:
    def __init__(self, sku):
        self.sku = sku
        self.qty = 0
        self.price = None
        self.sources = []

    def value(self):
        return self.qty * (self.price or 0.0)


def merge(stock_rows, prices):
    items = {}  # ?rc items
    for sku, qty in chain(((r["sku"], int(r["qty"])) for r in stock_rows), ((s, None) for s in prices)):
        item = items.get(sku)
        if item is None:
            item = Item(sku)  # ?rc item
            items[sku] = item  # ?rc item
        if qty is not None:
            item.qty = qty
            item.sources.append("csv file")
        else:
            item.price = prices[sku]
            item.sources.append("json doc")
    return items


stock = list(csv.DictReader(io.StringIO(STOCK)))  # ?rc stock
prices = json.loads(PRICES)  # ?rc prices
merged = merge(stock, prices)  # ?rc merged
p300 = merged["P-300"]  # ?rc p300
src = p300.sources  # ?rc src
by_value = sorted(merged.values(), key=Item.value, reverse=True)  # ?rc by_value p300
top = by_value[0]  # ?rc top
print(sys.getrefcount(p300))
missing = [i.sku for i in by_value if i.price is None]  # ?rc missing
merged = {k: v for k, v in merged.items() if v.qty and v.price}  # ?rc merged p300
total = sum(i.value() for i in merged.values())  # ?rc total
print(f"{len(merged)} priced items in stock, worth {total:.2f}; no price: {missing}")
del by_value  # ?rc p300 top
del merged  # ?rc p300 src
print(gc.collect())
