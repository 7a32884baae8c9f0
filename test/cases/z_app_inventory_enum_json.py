# application: a small inventory service with dataclasses, an enum state, json round trips,
# custom exceptions carrying objects, and an undo stack of closures
import gc
import json
from dataclasses import asdict, dataclass, field
from enum import Enum


class State(Enum):
    NEW = "new"
    SHIPPED = "shipped"


class StockError(Exception):
    def __init__(self, item, wanted):
        super().__init__(f"not enough {item.sku}")
        self.item = item
        self.wanted = wanted


@dataclass
class Item:
    sku: str
    qty: int
    tags: list = field(default_factory=list)


@dataclass
class Order:
    oid: int
    lines: list
    state: State = State.NEW


class Inventory:
    def __init__(self):
        self.items = {}
        self.undo = []

    def add(self, item):
        self.items[item.sku] = item
        self.undo.append(lambda: self.items.pop(item.sku))

    def take(self, sku, n):
        item = self.items[sku]
        if item.qty < n:
            raise StockError(item, n)
        item.qty -= n
        self.undo.append(lambda: setattr(item, "qty", item.qty + n))
        return item


inv = Inventory()
bolt = Item("bolt", 10, ["m4"])  # ?rc bolt
inv.add(bolt)  # ?rc bolt inv
nut = Item("nut", 2)
inv.add(nut)  # ?rc nut
got = inv.take("bolt", 3)  # ?rc got bolt
try:
    inv.take("nut", 5)
except StockError as e:
    err = e  # ?rc err nut
print(err.wanted)  # ?rc err
order = Order(1, [bolt, nut])  # ?rc order bolt
blob = json.dumps(asdict(order), default=lambda s: s.value)  # ?rc blob bolt
back = json.loads(blob)  # ?rc back
first = back["lines"][0]  # ?rc first
order.state = State.SHIPPED  # ?rc order
undo = inv.undo.pop()  # ?rc undo
undo()  # ?rc bolt
del undo, got  # ?rc bolt
inv.undo.clear()  # ?rc bolt inv
del err  # ?rc nut
n = gc.collect()
del inv, order  # ?rc bolt nut
n = gc.collect()
