# Theme: a bank account whose balance and owner are properties with
# validating setters. The getter hands out the stored object itself; a
# rejected value is only referenced by the caller and the exception.
import sys


class Owner:
    def __init__(self, name):
        self.name = name


class Account:
    def __init__(self, owner, balance):
        self._owner = owner
        self._balance = balance
        self.history = []

    @property
    def owner(self):
        return self._owner

    @owner.setter
    def owner(self, value):
        if not isinstance(value, Owner):
            raise TypeError(value)
        previous = self._owner
        self.history.append(previous)  # ?rc previous value
        self._owner = value

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, amount):
        if amount < 0:
            raise ValueError(amount)
        self._balance = amount  # ?rc amount


alice = Owner("Alice Smith")  # ?rc alice
acct = Account(alice, 100.0 * 1.5)  # ?rc alice acct
start = acct.balance  # ?rc start
acct.balance = start + 25.5  # ?rc start
now = acct.balance  # ?rc now
bob = Owner("Bob Jones")
acct.owner = bob  # ?rc alice bob
carol = Owner("Carol King")
acct.owner = carol  # ?rc alice bob carol
bad = [1.5]
try:
    acct.owner = bad
except TypeError as err:
    rejected = err.args[0]  # ?rc bad rejected
print(sys.getrefcount(bad))
past = acct.history  # ?rc past
acct.history = []  # ?rc past alice bob
del past  # ?rc alice bob
