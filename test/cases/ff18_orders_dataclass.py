# Theme: an order system with dataclasses: field(default_factory=...),
# frozen value objects with order=True as dict keys and sort keys, asdict,
# astuple and replace.
import gc
import sys
from dataclasses import asdict, astuple, dataclass, field, replace


@dataclass(frozen=True, order=True)
class Sku:
    family: str
    number: int


@dataclass
class Line:
    sku: Sku
    qty: int
    price: float


@dataclass
class Order:
    customer: str
    lines: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)

    def total(self):
        return sum(ln.qty * ln.price for ln in self.lines)


chair = Sku("chair model", 1042)  # ?rc chair
desk = Sku("desk model", 2001)  # ?rc desk
order = Order("Ada & Co.")  # ?rc order
items = order.lines  # ?rc items
order.lines.append(Line(chair, 4, 89.5))  # ?rc chair
order.lines.append(Line(desk, 1, 420.0))  # ?rc desk
other = Order("Bob Ltd.")
fresh = other.lines  # ?rc fresh items
stock = {chair: 12.5, desk: 3.5}  # ?rc stock chair
d = asdict(order)  # ?rc d chair
first = d["lines"][0]  # ?rc first
t = astuple(order.lines[0])  # ?rc t
bigger = replace(order.lines[1], qty=3)  # ?rc bigger desk
skus = sorted([desk, chair, Sku("chair model", 999)])  # ?rc skus chair
total = order.total()  # ?rc total
moved = replace(chair, number=1043)  # ?rc moved
del order  # ?rc items chair
print(sys.getrefcount(desk), first, t, total, skus[0], gc.collect())
