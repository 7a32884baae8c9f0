# Order processing: products in a class-level catalog, orders with line
# items, a per-SKU index, totals and a discount pass. Lists, dicts, aliasing.
import gc


class Product:
    catalog = {}

    def __init__(self, sku, price):
        self.sku = sku
        self.price = price
        Product.catalog[sku] = self  # ?rc self


class LineItem:
    def __init__(self, product, qty):
        self.product = product  # ?rc product
        self.qty = qty

    def total(self):
        return self.product.price * self.qty


class Order:
    def __init__(self, customer):
        self.customer = customer
        self.items = []

    def add(self, product, qty):
        item = LineItem(product, qty)  # ?rc item product
        self.items.append(item)  # ?rc item
        return item

    def total(self):
        amount = 0.0
        for item in self.items:
            amount += item.total()  # ?rc item
        return amount


widget = Product("W-100 widget", 2.5)  # ?rc widget
gadget = Product("G-200 gadget", 7.25)  # ?rc gadget
catalog = Product.catalog  # ?rc catalog
customer = {"name": "Ada Lovelace", "tier": "gold"}  # ?rc customer
order = Order(customer)  # ?rc order customer
first = order.add(widget, 3)  # ?rc first widget
order.add(gadget, 1)  # ?rc gadget
order.add(widget, 2)  # ?rc widget
items = order.items  # ?rc items
grand = order.total()  # ?rc grand
by_sku = {}
for li in items:
    by_sku.setdefault(li.product.sku, []).append(li)  # ?rc li
widget_lines = by_sku["W-100 widget"]  # ?rc widget_lines first
discounted = [li.total() * 0.9 for li in widget_lines]  # ?rc discounted
del li  # ?rc first
del by_sku, widget_lines  # ?rc first
order.items = order.items[:1]  # ?rc items first widget
del items  # ?rc first widget gadget
del order  # ?rc first customer
print(gc.collect())
del first  # ?rc widget
print(len(catalog), grand, discounted)
