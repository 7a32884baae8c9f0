# Application-style: a shopping cart with products, line items, a property
# with a validating setter, operator overloading and a custom exception.
import gc
import sys


class OutOfStock(Exception):
    def __init__(self, product, wanted):
        super().__init__(f"{product.name}: only {product.stock} left")
        self.product = product  # ?rc product
        self.wanted = wanted


class Product:
    def __init__(self, name, price, stock):
        self.name = name
        self.price = price
        self.stock = stock

    def __repr__(self):
        return f"Product({self.name!r}, {self.price})"


class LineItem:
    def __init__(self, product, qty):
        self.product = product
        self._qty = qty

    @property
    def qty(self):
        return self._qty

    @qty.setter
    def qty(self, value):
        if value > self.product.stock:
            raise OutOfStock(self.product, value)
        self._qty = value

    @property
    def total(self):
        return self.product.price * self._qty


class Cart:
    def __init__(self):
        self.items = []

    def add(self, product, qty=1):
        item = LineItem(product, qty)  # ?rc product item
        self.items.append(item)
        return item

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]

    def __iter__(self):
        return iter(self.items)

    def __add__(self, other):
        merged = Cart()
        merged.items = self.items + other.items  # ?rc merged
        return merged


pen = Product("fountain pen", 12.5, 10)  # ?rc pen
ink = Product("ink bottle", 4.25, 3)  # ?rc ink
cart = Cart()
cart.add(pen, 2)  # ?rc pen
line = cart.add(ink)  # ?rc ink line
errors = []
try:
    line.qty = 7
except OutOfStock as err:
    errors.append(err)  # ?rc ink
other = Cart()
other.add(pen, 1)
both = cart + other  # ?rc both pen line
first = both[0]  # ?rc first
subtotal = sum(item.total for item in both)  # ?rc subtotal
print(len(both), subtotal, sys.getrefcount(pen))
del errors  # ?rc ink
del cart, other, both, first, line
print(gc.collect())  # nothing cyclic: all freed by refcounting already
