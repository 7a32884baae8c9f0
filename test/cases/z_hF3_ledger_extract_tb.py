# Bank ledger with custom exceptions kept with their tracebacks: an error log holding exceptions keeps frames (and their locals) alive.
import gc
import sys
import traceback


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount}")
        self.account = account
        self.amount = amount


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.entries = []

    def withdraw(self, amount, memo):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.entries.append((-amount, memo))


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.errors = []

    def open(self, owner, balance):
        acct = Account(owner, balance)
        self.accounts[owner] = acct
        return acct

    def transfer(self, src, dst, amount):
        memo = {"from": src, "to": dst, "amount": amount}
        try:
            self.accounts[src].withdraw(amount, memo)
        except InsufficientFunds as exc:
            self.errors.append(exc)
            return False
        self.accounts[dst].balance += amount
        self.accounts[dst].entries.append((amount, memo))
        return True


ledger = Ledger()  # ?rc ledger
alice = ledger.open("alice", 100)  # ?rc alice
bob = ledger.open("bob", 20)  # ?rc bob
ok = ledger.transfer("alice", "bob", 30)
print(ok, alice.balance, bob.balance)
memo = bob.entries[0][1]  # ?rc memo
bad = ledger.transfer("bob", "alice", 500)
print(bad, len(ledger.errors))
err = ledger.errors[0]  # ?rc err bob
print(err.amount, str(err))
frames = traceback.extract_tb(err.__traceback__)  # ?rc frames
print([f.name for f in frames])
del frames
tb = err.__traceback__  # ?rc tb
print(tb.tb_next.tb_frame.f_code.co_name)
del tb
print(sys.getrefcount(bob))
ledger.errors.clear()  # ?rc err bob
del err  # ?rc bob
print(gc.collect())
big = 10 ** 6  # ?rc big
try:
    alice.withdraw(big, memo)
except LedgerError as e:
    kept = e  # ?rc kept big
print(kept.account is alice)
kept.__traceback__ = None  # ?rc big
del kept  # ?rc alice big
print(gc.collect())
