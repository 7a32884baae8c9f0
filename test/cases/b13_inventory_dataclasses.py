# Theme: an inventory built from dataclasses: frozen, ordered SKUs used as
# dict keys, mutable stock entries with field(default_factory=...) lists of
# movements, and dataclasses.replace for a price change.
import gc
import sys
from dataclasses import dataclass, field, replace


@dataclass(frozen=True, order=True)
class Sku:
    code: str
    size: float


@dataclass
class Stock:
    sku: Sku
    price: float
    moves: list = field(default_factory=list)
    tags: set = field(default_factory=set)

    def receive(self, qty):
        self.moves.append(("in", qty * 1.0))

    @property
    def on_hand(self):
        return sum(q if d == "in" else -q for d, q in self.moves)


inventory = {}
bolt = Sku("BLT-10", 10.5)  # ?rc bolt
nut = Sku("NUT-08", 8.25)  # ?rc nut
inventory[bolt] = Stock(bolt, 0.35)  # ?rc bolt
inventory[nut] = Stock(nut, 0.15)  # ?rc nut
entry = inventory[bolt]  # ?rc entry
entry.receive(500)
entry.moves.append(("out", 120.0))  # ?rc entry
level = entry.on_hand  # ?rc level
moves = entry.moves  # ?rc moves
dearer = replace(entry, price=0.40)  # ?rc entry moves dearer bolt
ordered = sorted(inventory)  # ?rc ordered bolt nut
print(ordered[0] == nut, dearer.moves is entry.moves)
lookup = inventory[Sku("BLT-10", 10.5)]  # ?rc lookup entry
del inventory  # ?rc bolt nut
del lookup, dearer  # ?rc entry moves bolt
del ordered  # ?rc bolt nut
print(gc.collect())
