# Theme: library values held by objects in a cycle: a collection frees them
# with it and counts the ones the collector tracks (a Fraction always, a
# Decimal from 3.13, a date never).
import datetime
import gc
from decimal import Decimal
from fractions import Fraction


class Account:
    def __init__(self, owner, balance, opened):
        self.owner = owner
        self.balance = balance
        self.opened = opened
        self.peers = [self]


a = Account("Ada L.", Decimal("12.50"), datetime.date(2024, 3, 1))  # ?rc a
b = Account("Bob K.", Fraction(5, 2), datetime.date(2024, 4, 1))  # ?rc b
c = Account("Cy M.", Decimal("1.25") * 3, datetime.date(2024, 5, 1) + datetime.timedelta(days=2))  # ?rc c
del a
print(gc.collect())
del b
print(gc.collect())
del c
print(gc.collect())
