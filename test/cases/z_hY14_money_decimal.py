# Theme: invoicing with Decimal and Fraction: line items as dataclasses with
# default_factory lists, a cached_property total, discounts as Fractions,
# rounding with quantize, and invoices grouped in a dict of lists.
import gc
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction
from functools import cached_property, reduce


@dataclass
class Line:
    name: str
    price: Decimal
    qty: int = 1
    notes: list = field(default_factory=list)

    def amount(self):
        return self.price * self.qty


class Invoice:
    def __init__(self, number):
        self.number = number
        self.lines = []

    def add(self, line):
        self.lines.append(line)
        return self

    @cached_property
    def total(self):
        return reduce(lambda acc, l: acc + l.amount(), self.lines, Decimal("0"))


CENT = Decimal("0.01")  # ?rc CENT
inv = Invoice(1001)  # ?rc inv
widget = Line("widget", Decimal("19.99"), 3)  # ?rc widget
gadget = Line("gadget", Decimal("5.25"))  # ?rc gadget
same = inv.add(widget).add(gadget)  # ?rc same inv widget
total = inv.total  # ?rc total
again = inv.total  # ?rc total again
cached = vars(inv)["total"]  # ?rc cached
discount = Fraction(15, 100)  # ?rc discount
factor = 1 - discount  # ?rc factor
net = (total * Decimal(factor.numerator) / Decimal(factor.denominator)).quantize(CENT, ROUND_HALF_UP)  # ?rc net
parts = str(net).split(".")  # ?rc parts
widget.notes.append("fragile")
notes = widget.notes  # ?rc notes
by_customer = {}  # ?rc by_customer
by_customer.setdefault("acme", []).append(inv)  # ?rc inv
bucket = by_customer["acme"]  # ?rc bucket
del inv, same  # ?rc bucket total
del by_customer, bucket  # ?rc widget total cached
print(gc.collect())
