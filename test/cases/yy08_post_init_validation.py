# Theme: dataclass __post_init__ validation: invalid orders raise ValueError
# caught by the caller; valid ones get a derived field computed after init.
from dataclasses import dataclass, field


@dataclass
class Order:
    items: list
    unit_price: float
    total: float = field(init=False)

    def __post_init__(self):
        if not self.items:
            raise ValueError("an order needs items")
        if self.unit_price <= 0:
            raise ValueError("price must be positive")
        self.total = len(self.items) * self.unit_price  # ?rc self


def build(items, price, errors):
    try:
        order = Order(items, price)  # ?rc order items
    except ValueError as exc:
        errors.append(exc)  # ?rc exc items
        return None
    return order


basket = ["tea pot", "cup set"]  # ?rc basket
price = 2.5 * 3  # ?rc price
errors = []
ok = build(basket, price, errors)  # ?rc ok basket price
total = ok.total  # ?rc total
bad = build([], price, errors)  # ?rc price errors
bad2 = build(basket, -price, errors)  # ?rc basket
first_err = errors[0]  # ?rc first_err
tb = first_err.__traceback__  # ?rc tb first_err
del tb, first_err
errors.clear()  # ?rc basket price
del ok  # ?rc basket price total
