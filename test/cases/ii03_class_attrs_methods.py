# Theme: classmethods, staticmethods, properties and getattr/setattr. A
# classmethod bound to the class holds the class; a property getter runs
# with the instance; attributes set with setattr are ordinary attributes.


class Catalog:
    entries = []
    default = None

    @classmethod
    def register(cls, item):
        cls.entries.append(item)  # ?rc item
        return cls

    @staticmethod
    def make():
        return Catalog()

    @property
    def first(self):
        return self.entries[0]

    def describe(self):
        return len(self.entries)


cat = Catalog.make()  # ?rc cat Catalog
item = [2.5]  # ?rc item
ret = Catalog.register(item)  # ?rc item Catalog
cat.register(item)  # ?rc item
top = cat.first  # ?rc item top
reg = Catalog.register  # ?rc reg Catalog
setattr(cat, "extra", item)  # ?rc item
got = getattr(cat, "extra")  # ?rc item got
desc = getattr(cat, "describe")  # ?rc cat desc
Catalog.default = cat  # ?rc cat
del desc, ret, reg  # ?rc cat Catalog
delattr(cat, "extra")  # ?rc item
Catalog.entries.clear()  # ?rc item top
