# Theme: an order book built from dataclasses: default_factory lists,
# generated __eq__ and __hash__, frozen dataclasses as dict keys and
# dataclasses.replace() producing modified copies.
import dataclasses
import gc
import sys
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sku:
    code: str
    size: int


@dataclass
class Line:
    sku: Sku
    qty: int
    notes: list = field(default_factory=list)


@dataclass
class Order:
    customer: str
    lines: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)


shirt = Sku("SHIRT-RED-XL", 44)  # ?rc shirt
same = Sku("SHIRT-RED-XL", 44)  # ?rc same
equal = shirt == same
stock = {shirt: 10 ** 5}  # ?rc stock shirt
qty = stock[same]  # ?rc qty
bigger = dataclasses.replace(shirt, size=46)  # ?rc bigger shirt
code = bigger.code  # ?rc code
name = "Ada Lovelace, Esq."  # ?rc name
order = Order(name)  # ?rc order name
line = Line(shirt, 3)  # ?rc line shirt
order.lines.append(line)  # ?rc line
order.lines.append(Line(bigger, 1))  # ?rc bigger
lines = order.lines  # ?rc lines
copy = dataclasses.replace(order)  # ?rc copy lines name
tup = dataclasses.astuple(shirt)  # ?rc tup
fields = dataclasses.fields(Line)  # ?rc fields
as_d = dataclasses.asdict(line)  # ?rc as_d line
print(sys.getrefcount(shirt), hash(shirt) == hash(same))
del stock, same  # ?rc shirt
line.notes.append(line)  # ?rc line
del order, copy, lines, line, as_d
print(gc.collect())
print(equal, qty, code)
