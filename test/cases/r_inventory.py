# A warehouse inventory: stock records use __slots__; bins are lists of
# records; transfers move records between bins; a reorder list is built
# from a comprehension.
import sys


class Stock:
    __slots__ = ("sku", "qty", "bin")

    def __init__(self, sku, qty, bin):
        self.sku = sku
        self.qty = qty
        self.bin = bin  # ?rc bin


class Warehouse:
    __slots__ = ("bins", "index")

    def __init__(self, names):
        self.bins = {n: [] for n in names}
        self.index = {}

    def receive(self, sku, qty, bin_name):
        bin = self.bins[bin_name]
        rec = Stock(sku, qty, bin)  # ?rc rec bin
        bin.append(rec)
        self.index[sku] = rec  # ?rc rec
        return rec

    def transfer(self, sku, to_name):
        rec = self.index[sku]
        rec.bin.remove(rec)  # ?rc rec
        rec.bin = self.bins[to_name]
        rec.bin.append(rec)  # ?rc rec
        return rec


wh = Warehouse(["A1", "B2", "C3"])  # ?rc wh
bolts = wh.receive("SKU-0001-bolt", 500, "A1")  # ?rc bolts
nuts = wh.receive("SKU-0002-nut", 12, "A1")  # ?rc nuts
gears = wh.receive("SKU-0003-gear", 3, "B2")  # ?rc gears
a1 = wh.bins["A1"]  # ?rc a1
moved = wh.transfer("SKU-0002-nut", "C3")  # ?rc nuts moved a1
c3 = wh.bins["C3"]  # ?rc c3
low = [r for r in wh.index.values() if r.qty < 50]  # ?rc low nuts gears
skus = [r.sku for r in low]  # ?rc skus
low_count = len(low)  # ?rc low_count
bolts.qty -= 100  # ?rc bolts
qty = bolts.qty  # ?rc qty
print(sys.getrefcount(gears))
del wh.index["SKU-0003-gear"]  # ?rc gears
del low  # ?rc nuts gears
b2 = gears.bin  # ?rc b2
b2.clear()  # ?rc gears
del moved  # ?rc nuts c3
