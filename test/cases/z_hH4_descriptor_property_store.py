# Theme: a small ORM-like model: typed field descriptors (__set_name__)
# keeping values in the instance __dict__ under the same name, a property
# with setter and deleter, and __init_subclass__ collecting field names.
import gc
import sys


class Field:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name)
        obj.__dict__[self.name] = value


class Model:
    fields = ()

    def __init_subclass__(cls):
        cls.fields = tuple(n for n, v in vars(cls).items() if isinstance(v, Field))


class Product(Model):
    title = Field(str)
    price = Field(float)

    def __init__(self, title, price):
        self.title = title
        self.price = price
        self._tags = []

    @property
    def tags(self):
        return self._tags

    @tags.setter
    def tags(self, value):
        self._tags = list(value)

    @tags.deleter
    def tags(self):
        self._tags = []


title = "Deluxe espresso machine"  # ?rc title
price = 199.99 * 2  # ?rc price
p = Product(title, price)  # ?rc p title price
got = p.price  # ?rc got price
fields = Product.fields  # ?rc fields
new_tags = ("kitchen appliances", "coffee gear")  # ?rc new_tags
p.tags = new_tags  # ?rc new_tags
kept = p.tags  # ?rc kept
del p.tags  # ?rc kept
p.tags = [p]  # ?rc p
try:
    p.price = "free!"
except TypeError as e:
    err = e  # ?rc err
del err  # ?rc p
p.title = "Basic espresso machine"  # ?rc title
d = p.__dict__  # ?rc d
print(sys.getrefcount(p), sys.getrefcount(d))
del p, d  # ?rc price
print(gc.collect())
print(got, kept, fields)
