# Theme: a bank account class that raises a custom exception carrying the
# account; the caller catches it with `except ... as err` and logs it.
# The exception (and its traceback) keep the account alive until dropped.


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"cannot withdraw {amount}")
        self.account = account
        self.amount = amount


class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount):
        self.balance += amount
        self.log.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("withdraw", amount))


acct = Account("Dana Scully", 100.0)  # ?rc acct
acct.deposit(25.5)  # ?rc acct
failures = []
for amount in (50.25, 500.75):
    try:
        acct.withdraw(amount)
    except InsufficientFunds as err:
        failures.append(err)  # ?rc acct err
first_fail = failures[0]  # ?rc first_fail acct
owner_of = first_fail.account  # ?rc owner_of
tb = first_fail.__traceback__  # ?rc tb
log = acct.log  # ?rc log
entry = log[-1]  # ?rc entry
del tb  # ?rc acct
first_fail.__traceback__ = None  # ?rc acct first_fail
del failures, first_fail, owner_of  # ?rc acct
