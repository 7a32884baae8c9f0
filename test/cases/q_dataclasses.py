# Application: an order book using dataclasses (frozen, order=True,
# default_factory) sorted with key functions from the operator module.
import gc
import operator
import sys
from dataclasses import dataclass, field, replace, asdict


@dataclass(frozen=True, order=True)
class Price:
    amount: float
    currency: str = "EUR"


@dataclass
class Order:
    oid: int
    customer: str
    price: Price
    lines: list = field(default_factory=list)

    def add(self, sku, qty):
        entry = (sku, qty)
        self.lines.append(entry)  # ?rc entry
        return self


@dataclass(order=True)
class Ranked:
    score: float
    order: Order = field(compare=False)


p1 = Price(19.99)  # ?rc p1
p2 = Price(5.49)  # ?rc p2
p3 = replace(p1, amount=7.25)  # ?rc p3 p1
prices = sorted([p1, p2, p3])  # ?rc prices p1
cheapest = prices[0]  # ?rc cheapest p2
alice = "alice smith"  # ?rc alice
o1 = Order(1001, alice, p1)  # ?rc o1 alice p1
o2 = Order(1002, "bob jones", p2).add("SKU-1", 3)  # ?rc o2
o3 = Order(1003, alice, p3)  # ?rc alice
o1.add("SKU-9", 1).add("SKU-2", 2)  # ?rc o1
orders = [o1, o2, o3]  # ?rc orders o1
by_price = sorted(orders, key=operator.attrgetter("price"))  # ?rc by_price o2
getter = operator.itemgetter(0)  # ?rc getter
skus = sorted((getter(l) for o in orders for l in o.lines))  # ?rc skus
ranked = [Ranked(o.price.amount, o) for o in orders]  # ?rc ranked o3
best = max(ranked)  # ?rc best
as_dict = asdict(o1)  # ?rc as_dict o1
lines_copy = as_dict["lines"]  # ?rc lines_copy
same = o1 == Order(1001, alice, p1, list(o1.lines))  # ?rc o1 p1
print(same, sys.getrefcount(p1), sys.getrefcount(alice))
o3.lines.append(o3)  # ?rc o3
del ranked, best, by_price
del orders, o3  # ?rc p3
print(gc.collect())
