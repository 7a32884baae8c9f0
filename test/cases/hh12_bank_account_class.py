# Theme: a BankAccount class with a class-level counter and a class-level
# list of every account, deposits and withdrawals recorded as tuples, and a
# transfer between two accounts.


class BankAccount:
    count = 0
    all_accounts = []
    interest_rate = 0.025

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        BankAccount.count += 1
        self.number = 1000 + BankAccount.count
        BankAccount.all_accounts.append(self)

    def deposit(self, amount):
        self.balance += amount
        entry = ("deposit", amount, self.balance)
        self.history.append(entry)  # ?rc entry self

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        self.history.append(("withdraw", amount, self.balance))

    def add_interest(self):
        self.balance *= 1 + self.interest_rate


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)  # ?rc src dst


alice = BankAccount("Alice Smith", 100.0)  # ?rc alice
bob = BankAccount("Bob Jones")  # ?rc bob alice
alice.deposit(50.25)  # ?rc alice
transfer(alice, bob, 30.5)  # ?rc alice bob
try:
    bob.withdraw(1000.0)
except ValueError as err:
    message = str(err)  # ?rc message
registry = BankAccount.all_accounts  # ?rc registry alice
for acct in registry:
    acct.add_interest()  # ?rc acct
history = bob.history  # ?rc history
last = history[-1]  # ?rc last
balance = bob.balance  # ?rc balance
del bob  # ?rc history
BankAccount.all_accounts.remove(alice)  # ?rc alice
