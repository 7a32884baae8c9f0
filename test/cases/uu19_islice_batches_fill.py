# Theme: batching an order stream with islice over one iterator, then
# zip_longest with a shared filler record, compress/filterfalse/starmap to
# pick and price rows; the pages are dropped after printing.
from itertools import compress, filterfalse, islice, starmap, zip_longest


class Order:
    def __init__(self, oid, qty, price):
        self.oid = oid
        self.qty = qty
        self.price = price


orders = [Order("ord-%02d" % i, i % 4, 2.5 * i) for i in range(1, 8)]  # ?rc orders
o1 = orders[0]  # ?rc o1
EMPTY = Order("-", 0, 0.0)  # ?rc EMPTY
it = iter(orders)  # ?rc it orders
pages = []
while True:
    page = list(islice(it, 3))  # ?rc page
    if not page:
        break
    pages.append(page)
del it, page  # ?rc orders
grid = list(zip_longest(*pages, fillvalue=EMPTY))  # ?rc grid EMPTY o1
row0 = grid[0]  # ?rc row0
flags = [o.qty > 0 for o in orders]  # ?rc flags
shipped = list(compress(orders, flags))  # ?rc shipped o1
zero = list(filterfalse(lambda o: o.qty, orders))  # ?rc zero
amounts = list(starmap(lambda q, p: q * p, ((o.qty, o.price) for o in shipped)))  # ?rc amounts
biggest = max(amounts)  # ?rc biggest
del pages  # ?rc o1
del grid, row0  # ?rc EMPTY o1
del shipped, zero  # ?rc o1
print(biggest, len(flags))
