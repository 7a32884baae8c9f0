# Theme: bank transfers inside a transaction context manager: __enter__
# snapshots balances, __exit__ rolls back on an exception and records it on
# the transaction and the bank, then lets it propagate.
import gc
import sys


class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} is short by {needed:.2f}")
        self.account = account


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


class Transaction:
    def __init__(self, bank, *accounts):
        self.bank = bank
        self.accounts = accounts
        self.saved = self.error = None

    def __enter__(self):
        self.saved = [(a, a.balance) for a in self.accounts]
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is not None:
            for account, balance in self.saved:
                account.balance = balance
            self.error = exc
            self.bank.failures.append(exc)
        return False


class Bank:
    def __init__(self):
        self.failures = []

    def transfer(self, src, dst, amount):
        with Transaction(self, src, dst) as tx:
            dst.balance += amount
            if src.balance < amount:
                raise InsufficientFunds(src, amount - src.balance)
            src.balance -= amount
        return tx


gc.collect()
bank = Bank()  # ?rc bank
alice = Account("Alice Smith", 100.0 * 1.5)  # ?rc alice
bob = Account("Bob Jones", 20.0 * 1.5)  # ?rc bob
tx = bank.transfer(alice, bob, 40.25)  # ?rc tx alice bob bank
saved = tx.saved  # ?rc saved
old = saved[0][1]  # ?rc old
try:
    bank.transfer(bob, alice, 500.5)
except InsufficientFunds as e:
    print("failed:", e)
restored = bob.balance  # ?rc restored
err = bank.failures[0]  # ?rc err bob alice
print(sys.getrefcount(bank))
del err
bank.failures.clear()  # ?rc bob bank
del tx, saved  # ?rc alice bob
print(gc.collect())  # the failed transfer: error, tracebacks, frame, tx
print(sys.getrefcount(bank))
