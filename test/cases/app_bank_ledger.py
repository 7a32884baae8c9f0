# Theme: a bank ledger with custom exceptions carrying the account, an audit
# trail of namedtuples, a property-computed balance, and a failed transfer
# whose exception is kept (traceback -> frame -> locals).
import gc
import sys
from collections import namedtuple

Entry = namedtuple("Entry", "account amount")


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(amount)
        self.account = account  # ?rc account


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.entries = []

    @property
    def balance(self):
        return sum(e.amount for e in self.entries)

    def post(self, amount):
        entry = Entry(self, amount)  # ?rc self entry
        self.entries.append(entry)
        return entry


def transfer(src, dst, amount):
    if src.balance < amount:
        raise InsufficientFunds(src, amount)
    src.post(-amount)
    dst.post(amount)


gc.collect()
alice, bob = Account("Alice A."), Account("Bob B.")  # ?rc alice bob
alice.post(100.5)  # ?rc alice
transfer(alice, bob, 40.25)  # ?rc alice bob
failures = []
try:
    transfer(bob, alice, 1000.5)
except InsufficientFunds as exc:
    failures.append(exc)  # ?rc bob
bal = bob.balance  # ?rc bal
print(sys.getrefcount(bob))
who = failures[0].account  # ?rc who bob
del who
failures.clear()  # ?rc bob
print(gc.collect())  # exception <-> traceback <-> transfer frame
del alice, bob
print(gc.collect())  # account -> entries -> Entry -> account cycles
