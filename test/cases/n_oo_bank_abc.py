# Application-style: a bank with an abstract Account base (abc.ABC),
# subclasses calling super().__init__, classmethod alternative constructors,
# transactions holding weakref.ref back-pointers to their account, and an
# exception class carrying attributes.
import abc
import gc
import sys
import weakref


class OverdraftError(Exception):
    def __init__(self, account, shortfall):
        super().__init__("overdraft")
        self.account = account
        self.shortfall = shortfall  # ?rc shortfall


class Transaction:
    __slots__ = ("_owner", "amount", "__weakref__")

    def __init__(self, owner, amount):
        self._owner = weakref.ref(owner)  # ?rc owner
        self.amount = amount

    @property
    def owner(self):
        return self._owner()


class Account(abc.ABC):
    def __init__(self, holder, balance=0.0):
        self.holder = holder
        self.balance = balance
        self.history = []

    @classmethod
    def from_record(cls, record):
        acct = cls(record["holder"], record["balance"])  # ?rc acct record
        return acct

    @abc.abstractmethod
    def limit(self):
        ...

    def withdraw(self, amount):
        if self.balance - amount < -self.limit():
            raise OverdraftError(self, amount - self.balance)
        tx = Transaction(self, -amount)  # ?rc tx
        self.history.append(tx)
        self.balance -= amount  # ?rc self


class Checking(Account):
    def __init__(self, holder, balance=0.0, overdraft=100.0):
        super().__init__(holder, balance)
        self.overdraft = overdraft

    def limit(self):
        return self.overdraft


class Savings(Account):
    def limit(self):
        return 0.0


record = {"holder": "Ada L.", "balance": 250.75}  # ?rc record
chk = Checking.from_record(record)  # ?rc chk record
sav = Savings("Ada L.", 1000.5)  # ?rc sav
for amount in (50.5, 75.25, 20.125):
    chk.withdraw(amount)  # ?rc chk
last = chk.history[-1]  # ?rc last
owner = last.owner  # ?rc owner chk
caught = None
try:
    sav.withdraw(5000.0)
except OverdraftError as exc:
    caught = exc  # ?rc caught sav
print(sys.getrefcount(sav))
del owner, chk  # ?rc last
gone = last.owner
print(gone is None, gc.collect())
