# Theme: an inventory tool loading products from CSV text (csv.DictReader
# over io.StringIO), indexing them by SKU and by category, restocking,
# discontinuing a product and re-adding it, and a low-stock report.
import csv
import gc
import io

DATA = """sku,name,category,qty
A-100,Blue pen,office,40
A-200,Red stapler,office,3
K-310,Chef knife,kitchen,7
K-320,Wooden spoon,kitchen,1
"""


class Product:
    def __init__(self, row):
        self.sku = row["sku"]
        self.name = row["name"]
        self.qty = int(row["qty"])
        self.row = row  # ?rc row


class Inventory:
    def __init__(self):
        self.by_sku = {}
        self.by_cat = {}

    def load(self, text):
        for row in csv.DictReader(io.StringIO(text)):
            p = Product(row)  # ?rc p row
            self.by_sku[p.sku] = p
            self.by_cat.setdefault(row["category"], []).append(p)

    def discontinue(self, sku):
        p = self.by_sku.pop(sku)
        self.by_cat[p.row["category"]].remove(p)  # ?rc p
        return p


gc.collect()
inv = Inventory()
inv.load(DATA)
pen = inv.by_sku["A-100"]  # ?rc pen
office = inv.by_cat["office"]  # ?rc office
low = sorted((p for p in inv.by_sku.values() if p.qty < 5), key=lambda p: p.qty)  # ?rc low
spoon = low[0]  # ?rc spoon
old = inv.discontinue("K-320")  # ?rc old spoon
row = old.row  # ?rc row
inv.by_sku[old.sku] = old
inv.by_cat["kitchen"].append(old)  # ?rc spoon
lines = [f"{p.sku}: {p.qty:>3}" for p in low]  # ?rc lines
del low, old  # ?rc spoon pen
del inv  # ?rc office pen spoon row
print(gc.collect())
