# Application: validated model fields through a descriptor class using
# __set_name__, plus properties with setters and a computed property.
import gc
import sys


class Field:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum
        self.name = None

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name)
        if self.minimum is not None and value < self.minimum:
            raise ValueError(self.name)
        setattr(obj, self.name, value)


class Product:
    price = Field(float, 0.0)
    qty = Field(int, 0)
    label = Field(str)

    def __init__(self, label, price, qty):
        self.label = label
        self.price = price
        self.qty = qty
        self._tags = []

    @property
    def total(self):
        return self.price * self.qty

    @property
    def tags(self):
        return self._tags

    @tags.setter
    def tags(self, value):
        self._tags = list(value)


fdesc = Product.__dict__["price"]  # ?rc fdesc
item = Product("blue widget!", 2.5, 4)  # ?rc item
label = item.label  # ?rc label
price = item.price  # ?rc price
total = item.total  # ?rc total
errors = []  # ?rc errors
try:
    item.qty = -3
except ValueError as exc:
    errors.append(exc)  # ?rc exc errors
raw = ["red", "blue"]  # ?rc raw
item.tags = raw  # ?rc raw
t = item.tags  # ?rc t
item.tags = ()  # ?rc t
print(sys.getrefcount(fdesc), sys.getrefcount(item))
other = Product(label, 9.75, 1)  # ?rc other label
cost = item.total + other.total  # ?rc cost
first = errors[0]  # ?rc first
errors.clear()
del item  # ?rc label price
print(gc.collect())
