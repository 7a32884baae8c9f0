# Theme: closures over a __slots__ instance, stored in a dict of handlers;
# popping and deleting dict entries releases the functions and their cells.
class Account:
    __slots__ = ("owner", "balance", "__weakref__")

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


def make_handlers(acct):
    def deposit(amount):
        acct.balance += amount
        return acct.balance

    def report():
        snapshot = acct  # ?rc acct snapshot
        return snapshot.balance

    if acct.balance > 0:
        table = {"deposit": deposit, "report": report, "acct": acct}
    else:
        table = {"report": report}
    return table


a = Account("Ada Lovelace", 100.5)  # ?rc a
handlers = make_handlers(a)  # ?rc a handlers
dep = handlers["deposit"]  # ?rc dep
total = dep(10 ** 3)  # ?rc a total
rep = handlers.pop("report")  # ?rc rep
value = rep()  # ?rc a value total
handlers["acct"] = None  # ?rc a
del handlers  # ?rc a dep
copy = {k: v for k, v in [("d", dep)]}  # ?rc dep copy
del dep  # ?rc a
copy.clear()  # ?rc a
del rep  # ?rc a
broke = Account("Nobody Inc.", -5.5)  # ?rc broke
only = make_handlers(broke)  # ?rc broke only
del only  # ?rc broke
