# Order report: dataclasses + logging + decimal + itertools.groupby; a small
# batch job that totals orders per customer and logs each total.
import logging
import sys
from dataclasses import dataclass, field, asdict, replace
from decimal import Decimal
from itertools import groupby
from operator import attrgetter

logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("orders")  # ?rc log


@dataclass
class Order:
    customer: str
    amount: Decimal
    tags: list = field(default_factory=list)


def load_orders():
    rows = [("acme corp", "12.50"), ("acme corp", "7.25"), ("globex inc", "99.99")]
    orders = [Order(name, Decimal(price)) for name, price in rows]  # ?rc rows orders
    return orders


orders = load_orders()  # ?rc orders
first = orders[0]  # ?rc first
snapshot = asdict(first)  # ?rc first snapshot
discounted = replace(first, amount=first.amount * Decimal("0.9"))  # ?rc first discounted
key = attrgetter("customer")  # ?rc key

totals = {}
for customer, group in groupby(orders, key=key):
    items = list(group)  # ?rc items
    total = sum((o.amount for o in items), Decimal("0"))  # ?rc total
    totals[customer] = total
    log.info("customer %s total %s over %d orders", customer, total, len(items))  # ?rc total items

report = "\n".join(f"{c:<12}{t:>10}" for c, t in totals.items())  # ?rc report totals
print(report)
del first  # ?rc snapshot discounted
print(sys.getrefcount(orders))
print(sys.getrefcount(discounted))
