# Theme: an inventory application: products in a catalog dict, orders that
# refer to products, order lines as tuples, a cancelled order left in a
# cycle with its customer, and a report built with comprehensions.
import gc
import sys


class Product:
    def __init__(self, sku, price):
        self.sku = sku
        self.price = price


class Customer:
    def __init__(self, name):
        self.name = name
        self.orders = []


class Order:
    def __init__(self, customer):
        self.customer = customer
        self.lines = []
        customer.orders.append(self)  # ?rc self customer

    def add(self, product, qty):
        line = (product, qty)  # ?rc product line
        self.lines.append(line)
        return line

    def total(self):
        return sum(p.price * q for p, q in self.lines)


gc.collect()
catalog = {}
for sku, price in (("A-1", 2.5), ("B-2", 4.25), ("C-3", 9.75)):
    catalog[sku] = Product(sku, price)  # ?rc catalog
widget = catalog["A-1"]  # ?rc widget
gadget = catalog["B-2"]
alice = Customer("Alice")  # ?rc alice
o1 = Order(alice)  # ?rc o1 alice
o1.add(widget, 3)  # ?rc widget
o1.add(gadget, 1)  # ?rc widget gadget
o2 = Order(alice)  # ?rc o2
o2.add(widget, 10)  # ?rc widget
print(sys.getrefcount(widget))
amount = o1.total()  # ?rc amount
best = max(alice.orders, key=lambda o: o.total())  # ?rc best o2
report = {o: o.total() for o in alice.orders}  # ?rc o1 o2 report
del report, best  # ?rc o1 o2
alice.orders.remove(o2)  # ?rc o2
del o2  # the order is freed by its count
print(gc.collect())
del o1, alice  # customer <-> order cycle, and the order's line list
print(gc.collect())
print(sys.getrefcount(widget))
