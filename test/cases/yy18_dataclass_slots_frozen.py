# Theme: @dataclass(slots=True, frozen=True) money values: slots=True builds
# a new class and the original becomes cyclic garbage; __post_init__ uses
# object.__setattr__ to normalise a frozen field.
import gc
from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class Money:
    amount: float
    currency: str

    def __post_init__(self):
        object.__setattr__(self, "amount", round(self.amount, 2))

    def add(self, other):
        total = Money(self.amount + other.amount, self.currency)  # ?rc total
        return total


print(gc.collect())  # the class replaced by slots=True
price = Money(19.999, "EUR")  # ?rc price
tax = Money(4.5 * 0.5, "EUR")  # ?rc tax
amount = price.amount  # ?rc amount price
total = price.add(tax)  # ?rc total price tax
cart = [price, tax, total]  # ?rc cart price
frozen_err = None
try:
    price.amount = 0.5
except AttributeError as e:
    frozen_err = type(e)
    msg = str(e)  # ?rc msg
subtotal = sum(m.amount for m in cart)  # ?rc subtotal
del cart  # ?rc price tax total amount
del price  # ?rc amount
del total, tax
print(gc.collect())  # no cycles among slotted instances
