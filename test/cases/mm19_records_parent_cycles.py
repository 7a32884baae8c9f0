# Theme: build an order/line-item object graph from parsed rows where each
# line keeps a back-reference to its order (a cycle), summarise it, then
# drop the graph and let gc.collect() reclaim the cycles.
import gc
from dataclasses import dataclass, field


@dataclass(eq=False)
class Order:
    ref: str
    lines: list = field(default_factory=list)


@dataclass(eq=False)
class Item:
    order: Order
    sku: str
    qty: int


ROWS = "o-1,pen blue,3\no-1,pad a4,2\no-2,ink black,1\no-3,pen red,5\no-3,clip x,9"

orders = {}
for raw in ROWS.split("\n"):
    ref, sku, qty = raw.split(",")
    order = orders.get(ref)
    if order is None:
        order = orders[ref] = Order(ref)
    order.lines.append(Item(order, sku, int(qty)))  # ?rc order
del order
o1 = orders["o-1"]  # ?rc o1
item = o1.lines[0]  # ?rc item o1
lines_o1 = o1.lines  # ?rc lines_o1
totals = {ref: sum(i.qty for i in o.lines) for ref, o in orders.items()}  # ?rc totals
flat = [i for o in orders.values() for i in o.lines]  # ?rc flat item
report = "; ".join(f"{i.order.ref}:{i.sku}x{i.qty}" for i in flat)  # ?rc report
del flat  # ?rc item
print(report, totals)
del orders  # ?rc o1
n1 = gc.collect()  # orders o-2 and o-3 with their items and lists
del o1, lines_o1  # ?rc item
n2 = gc.collect()  # ?rc item -- still held by the name item
del item
n3 = gc.collect()
print(n1, n2, n3)
