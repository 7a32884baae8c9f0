# copy.copy / copy.deepcopy of a Decimal or a Fraction give the object itself (their __copy__ and
# __deepcopy__ answer self), so dataclasses.asdict of records holding them shares the values.
import copy
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal
from fractions import Fraction


@dataclass
class Order:
    customer: str
    amount: Decimal
    share: Fraction
    tags: list = field(default_factory=list)


price = Decimal("12.50")  # ?rc price
part = Fraction(1, 3)  # ?rc part
same = copy.copy(price)  # ?rc same price
deep = copy.deepcopy(price)  # ?rc deep price
fdeep = copy.deepcopy(part)  # ?rc fdeep part
ledger = {"a": price, "b": [part, price]}
ledger2 = copy.deepcopy(ledger)  # ?rc ledger2 price part
order = Order("acme", price, part)  # ?rc order price
snapshot = asdict(order)  # ?rc snapshot order price part
cheaper = replace(order, amount=order.amount * Decimal("0.9"))  # ?rc cheaper order price
got = snapshot["amount"]  # ?rc got price
del ledger2, snapshot  # ?rc price part order
del same, deep, fdeep, got  # ?rc price part
