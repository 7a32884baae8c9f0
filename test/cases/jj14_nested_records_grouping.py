# Theme: nested data - grouping a list of order dicts by customer with
# setdefault, then pulling values out. Every dict and list is shared, not
# copied, when it is placed in another container.
orders = [
    {"id": 101, "customer": "ann lee", "total": 12.5},
    {"id": 102, "customer": "bo chan", "total": 7.25},
    {"id": 103, "customer": "ann lee", "total": 3.75},
]
o1 = orders[0]  # ?rc o1
o3 = orders[2]  # ?rc o3

by_customer = {}
for order in orders:
    by_customer.setdefault(order["customer"], []).append(order)  # ?rc by_customer
ann = by_customer["ann lee"]  # ?rc ann o1 o3

totals = {name: sum(o["total"] for o in group) for name, group in by_customer.items()}  # ?rc ann
ann_total = totals["ann lee"]  # ?rc ann_total

summary = {"groups": by_customer, "totals": totals}  # ?rc by_customer totals
biggest = max(orders, key=lambda o: o["total"])  # ?rc biggest o1
pairs = [(o["id"], o) for o in orders]  # ?rc o1 o3
index = dict(pairs)  # ?rc o1 index
del pairs  # ?rc o1 o3
orders.remove(o3)  # ?rc o3
ann.pop()  # ?rc o3
del summary, by_customer  # ?rc ann totals
del order, biggest  # ?rc o3 o1
