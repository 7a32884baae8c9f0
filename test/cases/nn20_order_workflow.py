# Theme: an order workflow mixing a frozen slots dataclass for money, a
# mutable dataclass with a default_factory history, an Enum state machine
# and match/case over (state, event) tuples; orders keep their events.
import enum
import gc
from dataclasses import dataclass, field


class State(enum.Enum):
    NEW = "new order"
    PAID = "paid order"
    SHIPPED = "shipped order"


@dataclass(frozen=True, slots=True)
class Money:
    cents: int


@dataclass
class Order:
    total: Money
    state: State = State.NEW
    history: list = field(default_factory=list)

    def handle(self, event):
        match (self.state, event):
            case (State.NEW, ("pay", Money() as paid)) if paid == self.total:
                self.state = State.PAID
                self.history.append(event)  # ?rc paid event
            case (State.PAID, ("ship", str() as where)):
                self.state = State.SHIPPED
                self.history.append((where, self))  # ?rc event
            case (_, bad):
                self.history.append(("rejected", bad))  # ?rc bad
        return self.state


gc.collect()
price = Money(1999 * 10)  # ?rc price
o = Order(price)  # ?rc o price
pay = ("pay", Money(1999 * 10))  # ?rc pay
st = o.handle(pay)  # ?rc st pay o
ship = ("ship", "warehouse 7, dock b")
o.handle(ship)  # ?rc o ship
o.handle(("refund", price))  # ?rc o price
hist = o.history  # ?rc hist pay
del o, hist  # ?rc price pay
print(gc.collect())  # order <-> history tuple cycle
