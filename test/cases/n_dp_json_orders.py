# Theme: JSON order documents loaded into dataclasses with an Enum status,
# aggregated into a nested dict customer -> status -> list of orders, and a
# summary dumped back to JSON.
import gc
import json
import sys
from dataclasses import dataclass, field
from enum import Enum

DOC = """[
 {"id": 101, "customer": "ann", "status": "paid", "items": [["pen", 2, 1.25], ["ink", 1, 7.5]]},
 {"id": 102, "customer": "bob", "status": "open", "items": [["pad", 3, 2.75]]},
 {"id": 103, "customer": "ann", "status": "open", "items": [["pen", 10, 1.25]]},
 {"id": 104, "customer": "cy", "status": "void", "items": []}
]"""


class Status(Enum):
    PAID = "paid"
    OPEN = "open"
    VOID = "void"


@dataclass
class Order:
    oid: int
    customer: str
    status: Status
    items: list = field(default_factory=list)

    def total(self):
        value = sum(q * p for _, q, p in self.items)  # ?rc value
        return value


raw = json.loads(DOC)  # ?rc raw
orders = []
for doc in raw:
    order = Order(doc["id"], doc["customer"], Status(doc["status"]), doc["items"])  # ?rc order doc
    orders.append(order)
ann_first = orders[0]  # ?rc ann_first
items0 = ann_first.items  # ?rc items0
del raw, doc  # ?rc items0
nested = {}
for order in orders:
    per_status = nested.setdefault(order.customer, {})  # ?rc per_status
    per_status.setdefault(order.status.value, []).append(order)
print(sys.getrefcount(ann_first))
summary = {
    cust: {st: round(sum(o.total() for o in group), 2) for st, group in by_st.items()}
    for cust, by_st in nested.items()
}  # ?rc summary
out = json.dumps(summary, sort_keys=True, indent=1)  # ?rc out
print(out)
grand = sum(o.total() for o in orders if o.status is not Status.VOID)  # ?rc grand
print(f"grand total: {grand:.2f}")
open_orders = [o for o in orders if o.status is Status.OPEN]  # ?rc open_orders
del nested, per_status  # ?rc ann_first
orders.clear()  # ?rc ann_first order
del order, open_orders
print(sys.getrefcount(ann_first))
print(gc.collect())
