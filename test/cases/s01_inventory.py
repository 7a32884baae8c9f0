# Theme: an inventory and order system. Products live in a catalog dict,
# orders keep lists of (product, quantity) lines, and a per-customer dict
# of lists indexes the orders. Cancelling an order removes it everywhere.
import gc


class Product:
    def __init__(self, sku, name, price):
        self.sku = sku
        self.name = name
        self.price = price  # ?rc self price

    def __repr__(self):
        return f"Product({self.sku!r}, {self.price:.2f})"


class Order:
    def __init__(self, customer):
        self.customer = customer
        self.lines = []

    def add(self, product, qty):
        line = (product, qty)  # ?rc line product
        self.lines.append(line)  # ?rc line
        return self

    def total(self):
        amount = sum(p.price * q for p, q in self.lines)  # ?rc amount
        return amount


class Inventory:
    def __init__(self):
        self.catalog = {}
        self.stock = {}
        self.orders_by_customer = {}

    def register(self, product, count):
        self.catalog[product.sku] = product  # ?rc product
        self.stock[product.sku] = count

    def place(self, order):
        for product, qty in order.lines:
            self.stock[product.sku] -= qty
        bucket = self.orders_by_customer.setdefault(order.customer, [])  # ?rc bucket
        bucket.append(order)  # ?rc order bucket
        return order

    def cancel(self, order):
        for product, qty in order.lines:
            self.stock[product.sku] += qty
        bucket = self.orders_by_customer[order.customer]
        bucket.remove(order)  # ?rc order

    def low_stock(self, limit):
        found = sorted((sku for sku, n in self.stock.items() if n < limit))  # ?rc found
        return found


inv = Inventory()  # ?rc inv
widget = Product("W-100", "widget", 2.5 * 2)  # ?rc widget
gadget = Product("G-200", "gadget", 19.99 + 0.01)  # ?rc gadget
inv.register(widget, 40)  # ?rc widget
inv.register(gadget, 5)  # ?rc gadget

order1 = Order("alice smith")  # ?rc order1
order1.add(widget, 3).add(gadget, 2)  # ?rc order1 widget gadget
inv.place(order1)  # ?rc order1
value = order1.total()  # ?rc value
print(f"order1 total: {value:.2f}")

order2 = Order("alice smith").add(widget, 10)  # ?rc order2
inv.place(order2)  # ?rc order2
orders = inv.orders_by_customer["alice smith"]  # ?rc orders order1 order2
low = inv.low_stock(10)  # ?rc low
print("low stock:", low)

inv.cancel(order1)  # ?rc order1 orders
lines = order1.lines  # ?rc lines
first_line = lines[0]  # ?rc first_line widget
del order1  # ?rc lines first_line
del lines, first_line  # ?rc widget gadget
print(gc.collect())  # plain tree of objects: nothing cyclic

report = {sku: inv.stock[sku] for sku in sorted(inv.catalog)}  # ?rc report
print(report)
del inv  # ?rc widget order2
print(gc.collect())
