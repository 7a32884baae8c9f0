# Inheritance with properties, __repr__, sorting objects and dict views.
class Product:
    def __init__(self, name, price):
        self._name = name
        self.price = price

    @property
    def name(self):
        return self._name

    def __repr__(self):
        return "Product(" + self._name + ")"


class Discounted(Product):
    def __init__(self, name, price, rate):
        super().__init__(name, price)
        self.rate = rate

    @property
    def final(self):
        return self.price * (1 - self.rate)


stock = [Product("apple pie", 3.5), Discounted("pear tart", 4.5, 0.25), Product("fig roll", 2.25)]  # ?rc stock
cheap = sorted(stock, key=lambda p: p.price)  # ?rc cheap stock
by_name = {p.name: p for p in stock}  # ?rc by_name
tart = by_name["pear tart"]  # ?rc tart
price = tart.final  # ?rc price tart
names = list(by_name.keys())  # ?rc names
for key, prod in by_name.items():
    text = repr(prod)  # ?rc prod key
del stock, cheap  # ?rc tart by_name
same = tart is by_name["pear tart"]  # ?rc tart same
