# Aliasing and rebinding: names are references, assignment never copies.
# Rebinding a name drops one reference; aliases in containers and
# function locals add and remove them as code runs.
import gc
import sys


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []


def audit(acct):
    local = acct  # ?rc acct local
    seen = [acct, local]  # ?rc acct
    n = sys.getrefcount(acct)
    del seen  # ?rc acct
    return n


main = Account("not an identifier!")  # ?rc main
other = main  # ?rc main other
book = {"primary": main, "backup": other}  # ?rc main
print(audit(main))
print(audit(book["primary"]))
after_audit = sys.getrefcount(main)
other = Account("second owner?")  # ?rc main other
book["backup"] = other  # ?rc main other
main, other = other, main  # ?rc main other
history = main.history  # ?rc history
history.append(main)  # ?rc main history
history.append(history)  # ?rc history
del book  # ?rc main other
main.history = []  # ?rc history main
total = 10 ** 6  # ?rc total
alias_total = total  # ?rc total
total += 1  # ?rc total alias_total
pair = (main, other)  # ?rc main other pair
nested = [pair, pair, [pair]]  # ?rc pair
pair = None  # ?rc nested
first = nested[0]  # ?rc first
nested.clear()  # ?rc first main other
del first  # ?rc main
del history
print(gc.collect())  # the old history list held itself
for i in range(3):
    holder = Account(i * 1.5)  # ?rc holder
    keep = holder  # ?rc holder keep
del holder  # ?rc keep
del keep
print(gc.collect())
print(after_audit)
