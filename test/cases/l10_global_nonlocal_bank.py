# Course exercise: a bank simulation using module-level state changed through
# `global`, and account factories whose closures update `nonlocal` counters.
import gc

ledger = []  # ?rc ledger
total_balance = 0.0
last_entry = None


def record(kind, amount):
    global total_balance, last_entry
    entry = {"kind": kind, "amount": amount}  # ?rc entry
    ledger.append(entry)  # ?rc entry ledger
    last_entry = entry  # ?rc entry
    total_balance += amount


def make_account(owner):
    balance = 0.0
    history = []  # ?rc history

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(amount)  # ?rc history amount
        record("deposit", amount)
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds for " + owner)
        balance -= amount
        record("withdraw", -amount)
        return balance

    def statement():
        return list(history)

    return deposit, withdraw, statement


dep, wd, stmt = make_account("alice a.")  # ?rc dep wd stmt
big = 150.5 * 2  # ?rc big
after = dep(big)  # ?rc after big
dep(20.25)  # ?rc ledger
left = wd(100.5)  # ?rc left
try:
    wd(10 ** 6 * 1.5)
except ValueError as e:
    reason = e.args[0]  # ?rc reason
lines = stmt()  # ?rc lines big
newest = last_entry  # ?rc newest
first = ledger[0]  # ?rc first
cell_count = len(dep.__closure__)
cells = dep.__closure__  # ?rc cells
hist_cell = cells[1]  # ?rc hist_cell
del cells, hist_cell
dep2, wd2, stmt2 = make_account("bob b.")  # ?rc dep2
dep2(5.5)  # ?rc ledger newest
del dep, wd, stmt  # ?rc big lines
print(gc.collect())
snapshot = ledger[:]  # ?rc snapshot first
ledger.clear()  # ?rc first newest
print(total_balance, after, left, reason, lines, cell_count, snapshot)
del dep2, wd2, stmt2, snapshot
print(gc.collect())
