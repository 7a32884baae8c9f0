# Theme: decode an inline JSON order feed with json.loads and an object_hook
# that turns every "sku" object into a dataclass record; then index the
# records by sku and drop the decoded document.
import json
from dataclasses import dataclass


@dataclass
class Line:
    sku: str
    qty: int
    price: float


def hook(d):
    if "sku" in d:
        return Line(d["sku"], d["qty"], d["price"])
    return d


FEED = '''{"order": "A-1001", "customer": "acme corp",
 "lines": [{"sku": "bolt-m6", "qty": 40, "price": 0.15},
           {"sku": "nut-m6", "qty": 40, "price": 0.05},
           {"sku": "washer-m6", "qty": 80, "price": 0.02}],
 "notes": ["rush order", "dock 4"]}'''

doc = json.loads(FEED, object_hook=hook)  # ?rc doc
lines = doc["lines"]  # ?rc lines
first = lines[0]  # ?rc first
sku = first.sku  # ?rc sku
price = first.price  # ?rc price
index = {ln.sku: ln for ln in lines}  # ?rc index first sku
notes = doc["notes"]  # ?rc notes
customer = doc["customer"]  # ?rc customer
del doc  # ?rc lines notes customer first
subtotal = sum(ln.qty * ln.price for ln in lines)  # ?rc subtotal lines
report = f"{customer}: {len(lines)} lines, {subtotal:.2f}"  # ?rc report
del lines  # ?rc first index
again = json.loads(FEED)  # ?rc again
plain = again["lines"][1]  # ?rc plain
keys = list(plain)  # ?rc keys plain
print(report, keys, index["nut-m6"])
