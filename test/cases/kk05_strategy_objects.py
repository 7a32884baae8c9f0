# Theme: strategy pattern. Strategy objects are stored on instances; a shared
# default lives on the class; one strategy is a plain function stored on the
# instance (not bound); a singledispatchmethod picks the strategy by type.
import functools


class Flat:
    def __init__(self, amount):
        self.amount = amount

    def apply(self, price):
        return price - self.amount


class Percent:
    def __init__(self, rate):
        self.rate = rate

    def apply(self, price):
        return price * (1 - self.rate)


class Order:
    discount = Flat(0.0)

    def __init__(self, price, discount=None):
        self.price = price
        if discount is not None:
            self.discount = discount

    def total(self):
        return self.discount.apply(self.price)


default = Order.discount  # ?rc default
o1 = Order(100.5)  # ?rc default
tenth = Percent(0.1)  # ?rc tenth
orders = [Order(20.5 * i, tenth) for i in range(1, 5)]  # ?rc tenth orders
totals = [o.total() for o in orders]  # ?rc totals tenth
o1.discount = tenth  # ?rc tenth default
del o1.discount  # ?rc tenth default
last = orders.pop()  # ?rc last tenth
del orders  # ?rc tenth last


def half(price):
    return price / 2


o2 = Order(9.5)
o2.discount = type("Fn", (), {"apply": staticmethod(half)})()  # ?rc half
strategy = o2.discount  # ?rc strategy
price = o2.total()  # ?rc price
del o2, strategy  # ?rc half tenth


class Exporter:
    @functools.singledispatchmethod
    def export(self, value):
        return [value]

    @export.register
    def _(self, value: float):
        return [round(value, 1)]


ex = Exporter()  # ?rc ex
out = ex.export(price)  # ?rc ex out
del out  # ?rc ex
