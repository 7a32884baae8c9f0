# Indexing product records with dict and set comprehensions: id -> record,
# category -> names, price filters, an inverted tag index.
import gc


class Product:
    def __init__(self, sku, category, price, tags):
        self.sku = sku
        self.category = category
        self.price = price
        self.tags = tags


catalog = [
    Product(1001, "kitchen", 19.99, ["steel", "sale"]),
    Product(1002, "garden", 5.49, ["outdoor"]),
    Product(1003, "kitchen", 7.25, ["sale", "glass"]),
    Product(1004, "office", 120.0, ["desk"]),
]  # ?rc catalog
p1, p3 = catalog[0], catalog[2]  # ?rc p1 p3
by_sku = {p.sku: p for p in catalog}  # ?rc by_sku p1
categories = {p.category for p in catalog}  # ?rc categories
cheap = {p.sku: p.price for p in catalog if p.price < 20}  # ?rc cheap
kitchen = [p for p in catalog if p.category == "kitchen"]  # ?rc kitchen p3


def tag_index(items):
    index = {}
    for item in items:
        for tag in item.tags:
            index.setdefault(tag, []).append(item)
    sale = index["sale"]  # ?rc sale index
    return index


tags = tag_index(catalog)  # ?rc tags p1 p3
on_sale = tags["sale"]  # ?rc on_sale
prices = {sku: round(price * 1.2, 2) for sku, price in cheap.items()}  # ?rc prices
inverse = {v: k for k, v in prices.items()}  # ?rc inverse
counts = {c: sum(1 for p in catalog if p.category == c) for c in sorted(categories)}  # ?rc counts
del by_sku, kitchen  # ?rc p1 p3
del tags  # ?rc on_sale p1
catalog.clear()  # ?rc p1 p3
print(sorted(categories), prices, inverse, counts, len(on_sale))
print(gc.collect())
