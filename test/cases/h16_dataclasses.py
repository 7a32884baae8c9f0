# Theme: dataclasses with default_factory and namedtuple records in lists.
import dataclasses
import gc
import sys
from collections import namedtuple


@dataclasses.dataclass
class Order:
    ident: float
    items: list = dataclasses.field(default_factory=list)
    meta: dict = dataclasses.field(default_factory=dict)


Row = namedtuple("Row", "key value")


@dataclasses.dataclass(frozen=True)
class Money:
    amount: float



def total(order: Order) -> float:
    return order.ident * len(order.items)


gc.collect()
o1 = Order(1.5)  # ?rc o1 Order
items1 = o1.items  # ?rc items1
o2 = Order(2.5)  # ?rc o2
items2 = o2.items  # ?rc items2
print(items1 is items2)
thing = [3.5]  # ?rc thing
o1.items.append(thing)  # ?rc thing items1
o3 = dataclasses.replace(o1)  # ?rc o3 items1
tupled = dataclasses.astuple(o1)  # ?rc tupled thing
as_d = dataclasses.asdict(o1)  # ?rc as_d thing
del tupled, as_d  # ?rc thing
rows = []  # ?rc rows
for i in range(4):
    rows.append(Row(i, [i * 1.5]))
r0 = rows[0]  # ?rc r0
val0 = r0.value  # ?rc val0
k, v = rows[1]  # ?rc v
r2 = rows[2]._replace(value=thing)  # ?rc r2 thing
print(sys.getrefcount(thing))
rows.sort(key=lambda r: -r.key)  # ?rc rows r0
last = rows[-1]  # ?rc last r0
del last
rows.clear()  # ?rc r0 val0 v
del r2  # ?rc thing
del o3  # ?rc items1
del o1  # ?rc items1 thing
price = Money(9.75)  # ?rc price Money
print(gc.collect())
