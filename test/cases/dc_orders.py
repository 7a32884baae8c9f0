# Theme: dataclasses in an order-processing app: default_factory lists,
# field defaults, replace(), asdict() and instances kept in several places.
from dataclasses import dataclass, field, replace, asdict


@dataclass
class Line:
    sku: str
    qty: int
    unit_price: float


@dataclass
class Order:
    customer: list
    lines: list = field(default_factory=list)
    note: str = "no note given!"

    def total(self):
        return sum(l.qty * l.unit_price for l in self.lines)


who = ["Ada", "Lovelace"]  # ?rc who
price = 2.5 * 3  # ?rc price
first = Line("sku-001", 4, price)  # ?rc first price
order = Order(who)  # ?rc order who
order.lines.append(first)  # ?rc first
order.lines.append(Line("sku-002", 1, price))  # ?rc price
lines = order.lines  # ?rc lines
amount = order.total()  # ?rc amount
copy_order = replace(order, note="rush order!")  # ?rc who lines order copy_order
as_dict = asdict(first)  # ?rc price first
p2 = as_dict["unit_price"]  # ?rc p2
by_customer = {"ada": order, "backup": copy_order}
archive = [order, first]  # ?rc order first
import sys
n = sys.getrefcount(order)
m = sys.getrefcount(first)
del by_customer  # ?rc order copy_order
archive.clear()  # ?rc order first
del copy_order  # ?rc lines who
del order  # ?rc lines first who
