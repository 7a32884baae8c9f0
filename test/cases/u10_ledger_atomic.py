# Theme: a bank ledger. Every Transaction points at both accounts, which
# keep it in their history: cycles. ledger.atomic() is a context manager
# that snapshots balances and rolls back on error.
import gc
from contextlib import contextmanager
from decimal import Decimal

class InsufficientFunds(Exception): pass

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = Decimal(balance)
        self.history = []

class Transaction:
    def __init__(self, source, target, amount):
        self.source = source
        self.target = target
        self.amount = amount
        source.history.append(self)
        target.history.append(self)

class Ledger:
    def __init__(self):
        self.accounts = []
        self.log = []

    def open(self, owner, balance):
        acct = Account(owner, balance)
        self.accounts.append(acct)  # ?rc acct
        return acct

    def transfer(self, source, target, amount):
        if source.balance < amount:
            raise InsufficientFunds(source.owner)
        source.balance -= amount
        target.balance += amount
        tx = Transaction(source, target, amount)  # ?rc tx amount
        self.log.append(tx)

    @contextmanager
    def atomic(self):
        saved = [(a, a.balance) for a in self.accounts]  # ?rc saved
        try:
            yield self
        except InsufficientFunds as exc:
            for acct, balance in saved:
                acct.balance = balance
            self.log.append(exc)  # ?rc exc

ledger = Ledger()  # ?rc ledger
alice = ledger.open("Alice A.", "100.00")  # ?rc alice
bob = ledger.open("Bob B.", "20.50")
fee = Decimal("2.25")  # ?rc fee
ledger.transfer(alice, bob, Decimal("30.00"))  # ?rc alice bob
with ledger.atomic() as lg:
    lg.transfer(bob, alice, fee)  # ?rc fee
    lg.transfer(bob, alice, Decimal("500.00"))
print(alice.balance, bob.balance, len(ledger.log))
tx = bob.history[-1]  # ?rc tx fee
failure = ledger.log[-1]  # ?rc failure
del lg, tx, failure
ledger.log.clear()  # the atomic() frame is freed with the exception
print(gc.collect())
ledger.accounts.remove(bob)  # ?rc bob
del bob
print(gc.collect())
del alice, ledger  # ?rc fee
print(gc.collect())  # two accounts, their histories, the transactions
