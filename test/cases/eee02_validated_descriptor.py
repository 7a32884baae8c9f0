# Custom data descriptors for form-like validation: each field knows its
# name through __set_name__ and stores the value in the instance __dict__
# under a private key. Descriptor instances are shared by all records.
import gc
import sys


class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.public + " wants " + self.kind.__name__)
        obj.__dict__[self.private] = value  # ?rc value


class Product:
    sku = Typed(str)
    price = Typed(float, 0.0)
    tags = Typed(list)

    def __init__(self, sku, price, tags):
        self.sku = sku
        self.price = price
        self.tags = tags


price_field = Product.price  # ?rc price_field
tag_list = ["red", "sale"]  # ?rc tag_list
cost = 9.5 * 2  # ?rc cost
item = Product("SKU-001 x", cost, tag_list)  # ?rc item cost tag_list
same = item.price  # ?rc same cost
try:
    item.price = "free"
except TypeError as err:
    reason = err  # ?rc reason
items = []
for n in range(3):
    p = Product("SKU-%03d" % n, cost + n, tag_list)
    items.append(p)  # ?rc p tag_list
d = item.__dict__  # ?rc d item
print(sys.getrefcount(price_field))
item.tags = []  # ?rc tag_list
del p, items  # ?rc tag_list cost
del d, same, reason
del item  # ?rc cost
print(gc.collect())
