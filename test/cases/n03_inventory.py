# Inventory system: products grouped by enum categories, stock movements and a reorder report.
import gc
from enum import Enum


class Category(Enum):
    TOOLS = "tools"
    FOOD = "food"
    TOYS = "toys"


class Product:
    def __init__(self, sku, name, category, price):
        self.sku = sku
        self.name = name
        self.category = category
        self.price = price
        self.stock = 0

    def __repr__(self):
        return f"Product({self.sku!r})"


class Inventory:
    def __init__(self):
        self.products = {}
        self.by_category = {c: [] for c in Category}  # ?rc self
        self.movements = []

    def add(self, product):
        self.products[product.sku] = product
        bucket = self.by_category[product.category]
        bucket.append(product)  # ?rc product bucket

    def receive(self, sku, qty):
        product = self.products[sku]
        product.stock += qty
        record = (sku, qty, product.stock)
        self.movements.append(record)  # ?rc record product

    def ship(self, sku, qty):
        product = self.products[sku]
        if product.stock < qty:
            raise ValueError(f"not enough {sku}: {product.stock} < {qty}")
        product.stock -= qty
        self.movements.append((sku, -qty, product.stock))

    def value_of(self, category):
        items = self.by_category[category]  # ?rc items
        total = 0.0
        for p in items:
            total += p.price * p.stock
        return total

    def reorder(self, threshold):
        low = [p for p in self.products.values() if p.stock < threshold]  # ?rc low
        low.sort(key=lambda p: p.sku)
        return low


inv = Inventory()  # ?rc inv
hammer = Product("T-100", "Hammer", Category.TOOLS, 12.5)  # ?rc hammer
apple = Product("F-200", "Apple crate", Category.FOOD, 30.25)
yoyo = Product("Y-300", "Yo-yo", Category.TOYS, 3.75)  # ?rc yoyo
for p in (hammer, apple, yoyo):
    inv.add(p)
del p  # ?rc hammer apple yoyo
inv.receive("T-100", 40)  # ?rc hammer
inv.receive("F-200", 5)
inv.receive("Y-300", 100)
failures = []
for sku, qty in [("T-100", 10), ("F-200", 9), ("Y-300", 60)]:
    try:
        inv.ship(sku, qty)
    except ValueError as exc:
        failures.append(str(exc))  # ?rc failures
tools_value = inv.value_of(Category.TOOLS)  # ?rc tools_value
low = inv.reorder(50)  # ?rc low hammer apple
print(low, failures, tools_value)
cat_list = inv.by_category[Category.FOOD]  # ?rc cat_list
moves = inv.movements  # ?rc moves
last = moves[-1]  # ?rc last
del low  # ?rc hammer apple
n = gc.collect()
inv.products["loop"] = inv  # ?rc inv
del inv, cat_list, moves  # ?rc hammer last
n = gc.collect()
print(n)
del hammer, apple, yoyo, last
n = gc.collect()
