# Theme: accounts with validating property setters, a computed property,
# an audit log of old values and a formatted statement built with join and
# f-strings.
import gc
import sys


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance!")
        self.history.append(self._balance)
        self._balance = value

    @property
    def summary(self):
        return f"{self.owner}: {self._balance:.2f} after {len(self.history)} changes"


acct = Account("Ada Lovelace", 100.5)  # ?rc acct
start = acct.balance  # ?rc start
acct.balance = start + 25.25  # ?rc start
acct.balance = acct.balance * 2  # ?rc start
now = acct.balance  # ?rc now
try:
    acct.balance = -3.5
except ValueError:
    kept = acct.balance  # ?rc kept now
hist = acct.history  # ?rc hist
line = acct.summary  # ?rc line
other = Account("Grace Hopper", 7.75)  # ?rc other
accounts = [acct, other]  # ?rc accounts acct
statement = "\n".join(a.summary for a in accounts)  # ?rc statement
richest = max(accounts, key=lambda a: a.balance)  # ?rc richest acct
ratio = "{:.1%}".format(other.balance / acct.balance)  # ?rc ratio
print(sys.getrefcount(start), sys.getrefcount(now))
del accounts, richest  # ?rc acct other
other.history.append(other)
del other
print(gc.collect())  # account and its history list
del hist
acct.history.clear()  # ?rc start
