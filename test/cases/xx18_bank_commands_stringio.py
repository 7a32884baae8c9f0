# Theme: a bank simulator driven by commands read from io.StringIO
# ("deposit alice 50.25"), dispatched through a dict of bound methods, with
# a transaction log of small records.
import io


class Bank:
    def __init__(self):
        self.accounts = {}
        self.history = []
        self.handlers = {"open": self.open, "deposit": self.deposit,
                         "withdraw": self.withdraw}

    def open(self, name, amount):
        self.accounts[name] = amount

    def deposit(self, name, amount):
        self.accounts[name] += amount

    def withdraw(self, name, amount):
        self.accounts[name] -= amount

    def run(self, stream):
        for line in stream:
            verb, name, amount = line.split()
            record = (verb, name, float(amount))
            self.handlers[verb](name, record[2])
            self.history.append(record)  # ?rc record


SCRIPT = io.StringIO("open alice 100.5\nopen bob 20.25\n"
                     "deposit alice 50.25\nwithdraw bob 5.5\n")
bank = Bank()  # ?rc bank
handlers = bank.handlers  # ?rc handlers bank
dep = handlers["deposit"]  # ?rc dep bank
bank.run(SCRIPT)  # ?rc bank
hist = bank.history  # ?rc hist
last = hist[-1]  # ?rc last
balances = sorted(bank.accounts.items())  # ?rc balances
alice_bal = bank.accounts["alice"]  # ?rc alice_bal
del handlers, dep  # ?rc bank
del bank  # ?rc hist last alice_bal
import gc
print(gc.collect())  # bank <-> its bound methods in the handlers dict
