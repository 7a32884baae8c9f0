# Theme: a shopping cart where products define __eq__/__hash__ by SKU, are
# used as dict keys (product -> quantity), a discount is a property, items
# are removed and re-added, and the cheapest line is found with min().
import gc
import sys


class Product:
    def __init__(self, sku, price):
        self.sku, self.price = sku, price

    def __eq__(self, other):
        return isinstance(other, Product) and other.sku == self.sku

    def __hash__(self):
        return hash(self.sku)


class Cart:
    def __init__(self):
        self.lines = {}

    def add(self, product, qty=1):
        self.lines[product] = self.lines.get(product, 0) + qty  # ?rc product

    def remove(self, product):
        qty = self.lines.pop(product)  # ?rc product
        return qty

    @property
    def total(self):
        return sum(p.price * q for p, q in self.lines.items())


gc.collect()
cart = Cart()
tea = Product("TEA-01", 4.75)  # ?rc tea
mug = Product("MUG-07", 11.5)
tea_again = Product("TEA-01", 4.75)  # ?rc tea_again
cart.add(tea)  # ?rc tea
cart.add(tea_again, 2)  # ?rc tea tea_again
cart.add(mug)  # ?rc mug
total = cart.total  # ?rc total
n = cart.remove(tea_again)  # ?rc tea tea_again
cart.add(tea_again, n)  # ?rc tea tea_again
cheapest = min(cart.lines, key=lambda p: p.price)  # ?rc cheapest
print(sys.getrefcount(tea))
keys = list(cart.lines)  # ?rc keys mug
del cart  # ?rc tea mug tea_again
print(total, gc.collect())
