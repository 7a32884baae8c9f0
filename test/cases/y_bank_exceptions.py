# Theme: bank accounts with a custom exception carrying the account, a
# transaction context manager that rolls back, and a ledger of tuples.
import gc
import sys
from contextlib import contextmanager


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"need {amount}")
        self.account = account
        self.amount = amount


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))


@contextmanager
def transaction(account):
    saved = (account.balance, list(account.history))  # ?rc saved
    try:
        yield account
    except InsufficientFunds:
        account.balance, account.history = saved
        raise


alice = Account("Alice Smith", 100.5)  # ?rc alice
bob = Account("Bob Jones", 20.25)  # ?rc bob
with transaction(alice) as acct:
    acct.withdraw(30.5)  # ?rc acct alice
ledger = alice.history  # ?rc ledger
failures = []
try:
    with transaction(bob) as acct:
        acct.deposit(5.0)
        acct.withdraw(1000.0)
except InsufficientFunds as err:
    failures.append(err)  # ?rc err bob
print(sys.getrefcount(bob))
problem = failures[0]  # ?rc problem bob
failures.clear()  # ?rc problem
tb = problem.__traceback__  # ?rc tb
del tb
del problem  # ?rc bob
print(gc.collect())
del acct  # ?rc bob
print(sys.getrefcount(alice))
