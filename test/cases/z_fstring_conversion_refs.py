# f-string conversions call str() / repr() on the value itself; a plain field calls __format__.
import sys


class Money:
    def __init__(self, amount):
        self.amount = amount

    def __repr__(self):
        print(sys.getrefcount(self))
        return "Money(" + str(self.amount) + ")"

    def __str__(self):
        print(sys.getrefcount(self))
        return "$" + str(self.amount)

    def __format__(self, spec):
        print(sys.getrefcount(self))
        return "formatted money"


m = Money(2.5)
a = f"{m!r}"  # ?rc a m
b = f"{m!s}"  # ?rc b
c = f"{m}"  # ?rc c
d = f"[{m!r}] [{m!s}] [{m}]"  # ?rc d m
e = f"{m!r:>20}"  # ?rc e
