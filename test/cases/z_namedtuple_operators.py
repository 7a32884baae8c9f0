# Theme: a namedtuple subclass with operators and a method.
from collections import namedtuple


class Money(namedtuple("Money", "amount currency")):
    __slots__ = ()

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency")
        out = Money(self.amount + other.amount, self.currency)  # ?rc self other
        return out

    def __mul__(self, k):
        return Money(self.amount * k, self.currency)

    def doubled(self):
        return self * 2


cur = "EUR"
m1 = Money(10, cur)  # ?rc m1
m2 = Money(5, cur)  # ?rc m2
m3 = m1 + m2  # ?rc m1 m2 m3
m4 = m3.doubled()  # ?rc m3 m4
ledger = [m1, m2, m3, m4]  # ?rc m1 ledger
bal = Money(0, cur)
for entry in ledger:
    bal = bal + entry
final = bal  # ?rc bal
try:
    bad = m1 + Money(1, "USD")
except ValueError as err:
    msg = str(err)  # ?rc m1
amt = m4.amount  # ?rc m4
del ledger  # ?rc m1 m2 m3 m4
