# Theme: an order-processing pipeline combining a Status enum, a frozen
# dataclass line item, a Protocol-typed pricing rule, and match dispatch.
import enum
from dataclasses import dataclass, field
from typing import Protocol


class Status(enum.Enum):
    NEW = "new order"
    PAID = "paid order"
    SHIPPED = "shipped order"


@dataclass(frozen=True)
class Line:
    sku: str
    qty: int
    price: float


@dataclass
class Order:
    lines: list
    status: Status = Status.NEW
    history: list = field(default_factory=list)


class Rule(Protocol):
    def apply(self, amount: float) -> float: ...


class Discount:
    def __init__(self, pct):
        self.pct = pct

    def apply(self, amount):
        cut = amount * (1 - self.pct)  # ?rc cut
        return cut


def advance(order, rule: Rule):
    match order:
        case Order(status=Status.NEW, lines=[Line(price=p) as only]):
            order.history.append(only)  # ?rc only
            order.status = Status.PAID
            charged = rule.apply(p * only.qty)  # ?rc charged
            return charged
        case Order(status=Status.PAID, lines=lines):
            order.history.append(lines)  # ?rc lines
            order.status = Status.SHIPPED
    return None


item = Line("SKU-001/A", 3, 9.75 * 2)  # ?rc item
order = Order([item])  # ?rc order item
rule = Discount(0.25 * 0.5)  # ?rc rule
paid = advance(order, rule)  # ?rc paid item order
status = order.status  # ?rc status
shipped = advance(order, rule)  # ?rc item
hist = order.history  # ?rc hist order
del order  # ?rc item hist
