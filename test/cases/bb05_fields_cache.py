# Theme: validated fields. A descriptor learns its attribute name through
# __set_name__ and stores values under a private name; a property with a
# deleter drops a cached label; a class-level cache keyed by instance
# keeps each instance alive until its entry goes.
import gc


class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        owner.fields.append(self)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Item:
    fields = []
    cache = {}
    title = Field()
    price = Field()

    def __init__(self, title, price):
        self.title = title
        self.price = price

    @property
    def label(self):
        if self not in Item.cache:
            Item.cache[self] = [self.title, self.price]
        return Item.cache[self]

    @label.deleter
    def label(self):
        del Item.cache[self]


t = "-".join(["a", "widget"])  # ?rc t
price = 2.5 * 3  # ?rc price
it = Item(t, price)  # ?rc it t price
f = Item.fields[0]  # ?rc f
d = Item.__dict__["title"]  # ?rc d
lab = it.label  # ?rc it lab t
lab2 = it.label  # ?rc lab it
del it.label  # ?rc it lab
got = it.title  # ?rc t got
it.title = price  # ?rc t price
lab3 = it.label  # ?rc price it
del it  # ?rc lab3 price
Item.cache.clear()  # ?rc lab3 price
print(gc.collect())
