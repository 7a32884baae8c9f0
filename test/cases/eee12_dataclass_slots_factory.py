# dataclass(slots=True) with field(default_factory=...) for an order
# line-up: each instance gets its own list, slots replace the __dict__, and
# __post_init__ derives a field from the others.
import gc
import sys
from dataclasses import dataclass, field


def new_log():
    made = ["created"]  # ?rc made
    return made


@dataclass(slots=True)
class OrderLine:
    product: str
    qty: int
    unit: float
    total: float = field(init=False)
    notes: list = field(default_factory=list)
    log: list = field(default_factory=new_log)

    def __post_init__(self):
        self.total = self.qty * self.unit
        amount = self.total  # ?rc amount


@dataclass(slots=True)
class Order:
    lines: list = field(default_factory=list)

    def add(self, line):
        self.lines.append(line)  # ?rc line
        return len(self.lines)


unit = 4.25 * 2  # ?rc unit
first = OrderLine("blue widget", 3, unit)  # ?rc first unit
total = first.total  # ?rc total
notes = first.notes  # ?rc notes
order = Order()  # ?rc order
order.add(first)  # ?rc first
for qty in (1, 2, 5):
    line = OrderLine("red gadget", qty, unit)  # ?rc line unit
    order.add(line)
del line
lines = order.lines  # ?rc lines
print(sys.getrefcount(first))
has_dict = hasattr(first, "__dict__")
second = OrderLine("blue widget", 3, unit)
same = first == second
del second  # ?rc first
log = first.log  # ?rc log
lines.remove(first)  # ?rc first
del order, lines  # ?rc unit
del first  # ?rc notes log total
print(gc.collect())
