# Bank account system with transactions and an audit log.
import gc
import sys


class Transaction:
    def __init__(self, kind: str, amount: float, account: "Account"):
        self.kind = kind
        self.amount = amount
        self.account = account  # ?rc self account

    def __repr__(self) -> str:
        return f"Transaction({self.kind!r}, {self.amount})"


class AuditLog:
    def __init__(self):
        self.entries: list = []

    def record(self, tx: Transaction) -> None:
        self.entries.append(tx)  # ?rc tx


class Account:
    def __init__(self, owner: str, log: AuditLog):
        self.owner = owner
        self.balance = 0.0
        self.history = []
        self.log = log

    def deposit(self, amount: float) -> Transaction:
        tx = Transaction("deposit!", amount, self)
        self.history.append(tx)
        self.log.record(tx)  # ?rc tx
        self.balance += amount
        return tx

    def withdraw(self, amount: float):
        if amount > self.balance:
            raise ValueError("insufficient funds!")
        tx = Transaction("withdraw!", -amount, self)
        self.history.append(tx)
        self.log.record(tx)
        self.balance -= amount
        return tx


gc.collect()
log = AuditLog()  # ?rc log
alice = Account("Alice Smith", log)  # ?rc alice log
bob = Account("Bob Jones", log)  # ?rc bob log
amt = 100.0 * 3  # ?rc amt
t1 = alice.deposit(amt)  # ?rc t1 alice amt
t2 = alice.deposit(amt)  # ?rc t2 alice amt
t3 = bob.deposit(2.5 * 10)  # ?rc t3 bob
try:
    bob.withdraw(1e6)
except ValueError as err:
    msg = str(err)  # ?rc msg
t4 = alice.withdraw(50.0 * 2)  # ?rc t4 alice
entries = log.entries  # ?rc entries log
first = entries[0]  # ?rc first t1
hist = alice.history  # ?rc hist
summary = [repr(t) for t in hist]  # ?rc summary hist
total = sum(t.amount for t in hist)  # ?rc total
print(sys.getrefcount(alice))
print(sys.getrefcount(t1))
del first, t1, t2, t3, t4  # ?rc entries alice
del entries, hist  # ?rc log
print(gc.collect())
del alice, bob  # ?rc log
print(gc.collect())
log.entries.clear()  # ?rc log
print(gc.collect())
del log
print(gc.collect())


class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(f"need {needed}")
        self.account = account


def risky(acct):
    local_note = ["kept by the frame!"]
    raise InsufficientFunds(acct, 1.5 * 100)


carol = Account("Carol Wu", AuditLog())  # ?rc carol
try:
    risky(carol)
except InsufficientFunds as e:
    saved = e  # ?rc saved carol
tb = saved.__traceback__  # ?rc tb carol
del tb, saved  # ?rc carol
print(gc.collect())
