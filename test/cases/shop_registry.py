# Theme: one object stored in several containers and returned from
# functions, reached through chained attributes (shop.catalog.items).


class Catalog:
    def __init__(self):
        self.items = {}
        self.by_tag = {}

    def add(self, product, *tags):
        self.items[product.code] = product
        for t in tags:
            self.by_tag.setdefault(t, []).append(product)
        return product


class Shop:
    def __init__(self, name):
        self.name = name
        self.catalog = Catalog()
        self.featured = []


class Product:
    def __init__(self, code, price):
        self.code = code
        self.price = price


def find(shop, code):
    return shop.catalog.items.get(code)


shop = Shop("Corner Store")
pen = Product("P-100", 1.25 * 2)  # ?rc pen
ret = shop.catalog.add(pen, "office", "sale", "office")  # ?rc pen ret
shop.featured.append(pen)  # ?rc pen
seen = {id(pen): pen}  # ?rc pen
found = find(shop, "P-100")  # ?rc found pen
office = shop.catalog.by_tag["office"]  # ?rc office
items = shop.catalog.items  # ?rc items
cat = shop.catalog  # ?rc cat
missing = find(shop, "nope")
shop.catalog.by_tag.clear()  # ?rc pen office
del ret, found, seen  # ?rc pen
shop.featured = []  # ?rc pen
del shop  # ?rc cat items pen
del cat  # ?rc items pen
