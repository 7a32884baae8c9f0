# Theme: a bank ledger with transfers that can fail. A transfer debits
# one account, credits another and appends to a journal; on error it
# rolls back inside try/except/finally. Failed transfers keep their
# exception in a list.
import gc


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} lacks {amount:.2f}")
        self.account = account
        self.amount = amount


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def apply(self, delta, entry):
        if self.balance + delta < 0:
            raise InsufficientFunds(self, -delta)
        self.balance += delta
        self.history.append(entry)  # ?rc entry self


class Ledger:
    def __init__(self):
        self.journal = []
        self.failures = []
        self.attempts = 0

    def transfer(self, src, dst, amount):
        entry = {"from": src.owner, "to": dst.owner, "amount": amount}  # ?rc entry
        done = []
        try:
            self.attempts += 1
            src.apply(-amount, entry)
            done.append(src)  # ?rc entry
            dst.apply(amount, entry)
            done.append(dst)
            self.journal.append(entry)  # ?rc entry
        except InsufficientFunds as exc:
            for acct in done:
                acct.history.remove(entry)
            self.failures.append(exc)  # ?rc exc
            return False
        finally:
            status = "attempt %d" % self.attempts  # ?rc status
        return True


alice = Account("alice", 100.0 + 0.5)  # ?rc alice
bob = Account("bob", 20.0 * 1.0)  # ?rc bob
ledger = Ledger()  # ?rc ledger
ok1 = ledger.transfer(alice, bob, 30.25)  # ?rc alice bob
ok2 = ledger.transfer(bob, alice, 75.0)  # ?rc alice bob
ok3 = ledger.transfer(alice, bob, 10.0 ** 1)  # ?rc alice bob
print(ok1, ok2, ok3, alice.balance, bob.balance)
failures = ledger.failures  # ?rc failures
err = failures[0]  # ?rc err bob
tb = err.__traceback__  # ?rc tb
print(err)
del tb
journal = ledger.journal  # ?rc journal
amounts = [e["amount"] for e in journal]  # ?rc amounts
biggest = max(journal, key=lambda e: e["amount"])  # ?rc biggest
print(amounts, biggest)
total_out = sum(e["amount"] for e in alice.history if e["from"] == "alice")  # ?rc total_out
print(f"alice sent {total_out:.2f}")

failures.clear()  # ?rc err bob
print(gc.collect())  # err -> traceback -> frames -> exc? the handler deleted exc
del err  # ?rc bob
print(gc.collect())
del ledger, journal, biggest  # ?rc alice
print(gc.collect())
