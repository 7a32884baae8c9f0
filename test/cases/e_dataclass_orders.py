# Theme: an order book built from dataclasses: frozen and slots=True classes,
# dataclasses.replace and asdict, field(default_factory), defaultdict(list).
import dataclasses
import gc
import sys
from collections import defaultdict
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Customer:
    name: str
    tier: int = 1


@dataclass(slots=True)
class Line:
    sku: str
    qty: int
    unit: float


@dataclass
class Order:
    customer: Customer
    lines: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)


alice = Customer("Alice Smith", 2)  # ?rc alice
bob = Customer("Bob Jones")  # ?rc bob
orders = [Order(alice), Order(bob), Order(alice)]  # ?rc orders alice
o0 = orders[0]  # ?rc o0
for n, o in enumerate(orders):
    ln = Line("part-%d" % n, n + 1, 3.75 * (n + 1))  # ?rc ln
    o.lines.append(ln)
lines0 = o0.lines  # ?rc lines0
by_customer = defaultdict(list)  # ?rc by_customer
for o in orders:
    by_customer[o.customer].append(o)  # ?rc o
alice_orders = by_customer[alice]  # ?rc alice_orders alice
gold = dataclasses.replace(alice, tier=3)  # ?rc gold alice
moved = dataclasses.replace(o0, customer=gold)  # ?rc moved lines0 gold
snapshot = dataclasses.asdict(o0)  # ?rc snapshot lines0
cust_dict = snapshot["customer"]  # ?rc cust_dict
same = alice == Customer("Alice Smith", 2)  # ?rc same
fields = dataclasses.fields(Line)  # ?rc fields
astuple = dataclasses.astuple(ln)  # ?rc astuple ln
print(sys.getrefcount(alice), sys.getrefcount(ln))
del by_customer, alice_orders  # ?rc o0 alice
del moved  # ?rc gold lines0
o0.notes["self"] = o0
del o0, orders, o  # ?rc alice lines0
print(gc.collect())
print(snapshot, fields, gold)
