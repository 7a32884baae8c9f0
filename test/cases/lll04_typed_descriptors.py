# Theme: custom validating descriptors. A Typed descriptor learns its
# attribute name through __set_name__ and stores values in the instance
# __dict__ under a private key; an Audited descriptor keeps the last value
# per instance in a WeakKeyDictionary, so the entry dies with the instance.
import gc
import weakref


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.private)
        setattr(obj, self.private, value)  # ?rc value


class Audited:
    def __init__(self):
        self.values = weakref.WeakKeyDictionary()

    def __get__(self, obj, objtype=None):
        return self if obj is None else self.values.get(obj)

    def __set__(self, obj, value):
        self.values[obj] = value


class Product:
    price = Typed(float)
    tags = Typed(list)
    note = Audited()

    def __init__(self, price, tags):
        self.price = price
        self.tags = tags


desc = Product.__dict__["price"]  # ?rc desc
direct = Product.price
labels = ["sale", "new"]  # ?rc labels
cost = 19.5 * 2  # ?rc cost
p = Product(cost, labels)  # ?rc p cost labels
got = p.price  # ?rc got cost
p.price = cost + 1.0  # ?rc got
memo = ["edited twice!"]
p.note = memo  # ?rc memo p
q = Product(cost * 2, labels)  # ?rc labels
q.note = memo  # ?rc memo
p.note = ["replaced memo!"]  # ?rc memo
seen = q.note  # ?rc memo seen
counted = Product.__dict__["note"]  # ?rc counted
try:
    p.tags = "oops"
except TypeError:
    pass
del p  # ?rc labels got memo
del q  # ?rc labels memo
del direct, counted  # ?rc desc
print(gc.collect())
