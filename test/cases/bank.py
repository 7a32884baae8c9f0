# A small bank: accounts, transactions, a ledger dict, exceptions for overdrafts.
import gc


class Overdraft(Exception):
    def __init__(self, account, amount):
        super().__init__(amount)
        self.account = account


class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("dep", amount))  # ?rc amount
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise Overdraft(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))


ledger = {}
names = ["ann smith", "bob jones", "cy young"]
for name in names:
    ledger[name] = Account(name, 10.5)  # ?rc name ledger
ann = ledger["ann smith"]  # ?rc ann
ann.deposit(2.5).deposit(1.25)  # ?rc ann
failures = []
for who in names:
    acct = ledger[who]
    try:
        acct.withdraw(12.0)
    except Overdraft as exc:
        failures.append(exc)  # ?rc acct exc
    total = acct.balance  # ?rc acct
first = failures[0]  # ?rc first
owner_of_first = first.account  # ?rc owner_of_first
del failures, first  # ?rc owner_of_first
print(gc.collect())
hist = ann.history  # ?rc hist ann
snapshot = list(hist)  # ?rc snapshot hist
ann = None  # ?rc hist
