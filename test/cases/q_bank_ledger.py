# Application: a bank with class attributes, classmethods, staticmethods,
# inheritance through super(), and a ledger of transfer records.
import gc
import sys


class Account:
    rate = 0.01
    count = 0
    registry = []

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        Account.count += 1
        Account.registry.append(self)

    @classmethod
    def open(cls, owner, deposit, *extra):
        acct = cls(owner, deposit, *extra)  # ?rc acct
        return acct

    @staticmethod
    def fee(amount):
        return round(amount * 0.002, 2)

    def interest(self):
        return self.balance * self.rate


class Savings(Account):
    rate = 0.035

    def __init__(self, owner, balance, limit):
        super().__init__(owner, balance)
        self.limit = limit

    def interest(self):
        base = super().interest()
        return base * 1.1


class Ledger:
    def __init__(self):
        self.entries = []

    def transfer(self, src, dst, amount):
        fee = Account.fee(amount)
        src.balance -= amount + fee
        dst.balance += amount
        rec = (src, dst, amount, fee)
        self.entries.append(rec)  # ?rc rec src dst
        return rec


owner = "Dana Scully"  # ?rc owner
chk = Account.open(owner, 500.0)  # ?rc chk owner
sav = Savings.open("Fox Mulder", 1200.0, 3)  # ?rc sav
reg = Account.registry  # ?rc reg
ledger = Ledger()  # ?rc ledger
r1 = ledger.transfer(chk, sav, 125.0)  # ?rc r1 chk sav
r2 = ledger.transfer(sav, chk, 40.0)  # ?rc r2
amt = r1[2]  # ?rc amt
intr = sav.interest()  # ?rc intr
bal = chk.balance  # ?rc bal
fee_fn = Account.fee  # ?rc fee_fn
opener = Savings.open  # ?rc opener
print(Account.count, sys.getrefcount(chk), sys.getrefcount(r1))
chk.ledger = ledger  # ?rc ledger
ledger.entries.append(ledger)  # ?rc ledger
reg.clear()  # ?rc chk sav
del r1, r2, ledger  # ?rc chk
del chk, sav  # ?rc owner
print(gc.collect())
