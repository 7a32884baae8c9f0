# Inventory bookkeeping with for loops over dict views: keys(), values() and
# items() views hold the dict; the items iterator reuses its result tuple
# and the loop variables keep the last key and value after the loop.


class Stock:
    def __init__(self, qty):
        self.qty = qty


inventory = {"bolt-m6": Stock(120), "nut-m6": Stock(80), "washer-10": Stock(5)}  # ?rc inventory
bolts = inventory["bolt-m6"]  # ?rc bolts
washers = inventory["washer-10"]  # ?rc washers
keys = inventory.keys()  # ?rc inventory keys
vals = inventory.values()  # ?rc inventory vals
items = inventory.items()  # ?rc inventory items
for stock in vals:
    seen = stock  # ?rc stock
after_loop = stock  # ?rc washers
del keys, vals  # ?rc inventory
it = iter(items)  # ?rc items it
pair = next(it)  # ?rc pair bolts
del pair  # ?rc bolts
del it, items  # ?rc inventory


def low_stock(inv, limit):
    low = []
    for name, st in inv.items():
        if st.qty < limit:
            low.append(st)  # ?rc st low
    return low


short = low_stock(inventory, 10)  # ?rc short washers
vals_it = iter(inventory.values())  # ?rc inventory vals_it
got = next(vals_it)  # ?rc got bolts
del vals_it  # ?rc inventory
snapshot = list(inventory.items())  # ?rc snapshot bolts
rev = list(reversed(inventory.values()))  # ?rc rev bolts
del snapshot, rev, seen, stock, after_loop  # ?rc washers bolts
drain = iter(inventory.values())  # ?rc inventory
spent = list(drain)  # ?rc inventory spent -- an exhausted dict iterator drops the dict
del spent  # ?rc bolts washers
