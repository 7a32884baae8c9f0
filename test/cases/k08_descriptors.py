# Descriptors and properties: a validating descriptor stores values in the
# instance dict; a caching property; a descriptor that keeps a per-instance
# dict keyed by the instance (a classic leak).
import gc


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        setattr(obj, self.name, value)  # ?rc value


class LeakyStore:
    def __init__(self):
        self.values = {}

    def __get__(self, obj, objtype=None):
        return self.values.get(obj)

    def __set__(self, obj, value):
        self.values[obj] = value  # ?rc obj value


class Order:
    price = Positive()
    qty = Positive()
    note = LeakyStore()

    def __init__(self, price, qty):
        self.price = price
        self.qty = qty

    @property
    def total(self):
        return self.price * self.qty


gc.collect()
price = 12.5 * 2  # ?rc price
o = Order(price, 3)  # ?rc o price
tot = o.total  # ?rc tot o
p = o.price  # ?rc p price
desc = Order.__dict__["price"]  # ?rc desc
del p  # ?rc price
note = ["fragile", "handle with care"]  # ?rc note
o.note = note  # ?rc o note
back = o.note  # ?rc back note
del back  # ?rc note
del o
print(gc.collect())  # still in LeakyStore.values, no cycle
store = Order.__dict__["note"]  # ?rc store
store.values.clear()  # ?rc note
print(gc.collect())


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9  # ?rc f


t = Temperature(21.5)  # ?rc t
f = t.fahrenheit  # ?rc f
t.fahrenheit = f + 10  # ?rc t f
prop = Temperature.__dict__["fahrenheit"]  # ?rc prop
del t
print(gc.collect())
