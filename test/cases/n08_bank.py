# Bank with accounts, transactions, an undo stack and custom exceptions.
import gc


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount}")
        self.account = account  # ?rc account
        self.amount = amount


class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.entries = []


class Transaction:
    def __init__(self, source, target, amount):
        self.source = source
        self.target = target  # ?rc target
        self.amount = amount

    def apply(self):
        if self.source.balance < self.amount:
            raise InsufficientFunds(self.source, self.amount)
        self.source.balance -= self.amount
        self.target.balance += self.amount
        self.source.entries.append(self)  # ?rc self
        self.target.entries.append(self)

    def revert(self):
        self.source.balance += self.amount
        self.target.balance -= self.amount
        self.source.entries.remove(self)
        self.target.entries.remove(self)  # ?rc self


class Bank:
    def __init__(self):
        self.accounts = {}
        self.undo_stack = []
        self.errors = []

    def open(self, owner, balance):
        acct = Account(owner, balance)
        self.accounts[owner] = acct  # ?rc acct
        return acct

    def transfer(self, src, dst, amount):
        tx = Transaction(self.accounts[src], self.accounts[dst], amount)  # ?rc tx
        try:
            tx.apply()
        except InsufficientFunds as e:
            self.errors.append(e)  # ?rc e
            return None
        self.undo_stack.append(tx)
        return tx

    def undo(self):
        tx = self.undo_stack.pop()  # ?rc tx
        tx.revert()
        return tx


bank = Bank()  # ?rc bank
ann = bank.open("Ann Lee", 500.0)  # ?rc ann
ben = bank.open("Ben Ode", 50.0)  # ?rc ben
t1 = bank.transfer("Ann Lee", "Ben Ode", 120.0)  # ?rc t1 ann ben
t2 = bank.transfer("Ben Ode", "Ann Lee", 1000.0)
t3 = bank.transfer("Ben Ode", "Ann Lee", 70.0)  # ?rc t3
undone = bank.undo()  # ?rc undone t3
err = bank.errors[0]  # ?rc err ben
tb = err.__traceback__  # ?rc tb
print(ann.balance, ben.balance, str(err), len(ann.entries))
del undone, t3
entries = ann.entries  # ?rc entries t1
balances = {o: a.balance * 1.0 for o, a in bank.accounts.items()}  # ?rc balances
del tb
n = gc.collect()
del err  # ?rc ben
bank.errors.clear()  # ?rc ben
n = gc.collect()
del bank  # ?rc ann ben t1
n = gc.collect()
del ann, ben, t1, entries
n = gc.collect()
print(n, balances)
