# Grouping order records by customer and by product with defaultdict(list)
# and defaultdict(set); groups hold references to the same record objects.
from collections import defaultdict


class Order:
    def __init__(self, oid, customer, product, qty):
        self.oid = oid
        self.customer = customer
        self.product = product
        self.qty = qty


orders = [
    Order(1, "ann", "widget", 3),
    Order(2, "bob", "gadget", 1),
    Order(3, "ann", "gadget", 2),
    Order(4, "cy", "widget", 5),
    Order(5, "bob", "widget", 1),
]  # ?rc orders
o1, o3 = orders[0], orders[2]  # ?rc o1 o3

by_customer = defaultdict(list)  # ?rc by_customer
buyers = defaultdict(set)
for o in orders:
    by_customer[o.customer].append(o)  # ?rc o
    buyers[o.product].add(o.customer)
del o  # ?rc o1
ann = by_customer["ann"]  # ?rc ann o1 o3
ghost = by_customer["nobody"]  # ?rc ghost -- the factory created and stored it


def totals(groups):
    result = {}
    for name, items in sorted(groups.items()):
        qty = sum(x.qty for x in items)
        result[name] = qty * 1.5  # ?rc result items
    return result


tot = totals(by_customer)  # ?rc tot
widget_buyers = buyers["widget"]  # ?rc widget_buyers
names = sorted(widget_buyers)  # ?rc names
plain = dict(by_customer)  # ?rc ann ghost plain
del by_customer  # ?rc ann ghost
del plain  # ?rc ann ghost o3
orders.clear()  # ?rc o1 o3
print(tot, names, len(ann))
