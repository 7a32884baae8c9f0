# Theme: an invoicing model on dataclasses. Customer keeps a list of its
# invoices; Invoice.__post_init__ computes the total from the lines and
# registers the invoice with its customer, so customer and invoices are
# a cycle. dataclasses.replace() makes a corrected copy, asdict() turns
# an acyclic Summary into a deep plain-data copy.
import gc
from dataclasses import asdict, dataclass, field, replace


@dataclass
class Line:
    item: str
    qty: int
    price: float


@dataclass
class Customer:
    name: str
    invoices: list = field(default_factory=list)


@dataclass
class Invoice:
    number: str
    customer: Customer = field(repr=False)
    lines: list = field(default_factory=list)
    total: float = 0.0

    def __post_init__(self):
        self.total = sum(l.qty * l.price for l in self.lines)
        self.customer.invoices.append(self)  # ?rc self


@dataclass
class Summary:
    number: str
    lines: list


acme = Customer("ACME Corp.")  # ?rc acme
bolts = Line("bolts, steel", 100, 0.25)  # ?rc bolts
nuts = Line("nuts, brass", 40, 0.75)
inv = Invoice("INV-0001", acme, [bolts, nuts])  # ?rc inv acme bolts
total = inv.total  # ?rc total
fixed = replace(inv, number="INV-0001a")  # ?rc fixed inv acme
items = fixed.lines  # ?rc items bolts
print(fixed.total, len(acme.invoices), fixed.lines is inv.lines)
summary = Summary(inv.number, inv.lines)  # ?rc summary items
plain = asdict(summary)  # ?rc plain summary
line_copies = plain["lines"]  # ?rc line_copies items
print(line_copies[0] == asdict(bolts), plain["number"])
del plain, line_copies, summary  # ?rc items
print(gc.collect())
del inv, fixed, items  # ?rc acme bolts
print(gc.collect())
del acme  # customer <-> invoices
print(gc.collect())
