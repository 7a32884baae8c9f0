# Theme: hunting a leak with gc.set_debug(gc.DEBUG_SAVEALL): the collector
# keeps what it found in gc.garbage, where we can count types and look
# at referrers.
import gc


class Order:
    def __init__(self, oid):
        self.oid = oid
        self.lines = []


class OrderLine:
    def __init__(self, order, qty):
        self.order = order
        self.qty = qty
        order.lines.append(self)


def process(n):
    order = Order(n)
    for q in range(3):
        OrderLine(order, q * 1.5)
    return len(order.lines)


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
process(1)
process(2)
found = gc.collect()  # 2 orders, 2 lists, 6 lines
orders = [o for o in gc.garbage if isinstance(o, Order)]  # ?rc orders
first = orders[0]  # ?rc first
print(len(orders), len(gc.get_referrers(first)))
line = first.lines[0]  # ?rc line first
print("saved again:", gc.collect())
del orders, first, line
gc.set_debug(0)
gc.garbage.clear()
print("freed for real:", gc.collect())
