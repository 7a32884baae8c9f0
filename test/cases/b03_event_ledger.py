# Theme: an event-sourced account ledger: events are frozen dataclasses kept
# in an append-only log, and accounts are rebuilt by replaying the log
# through a handler table of bound methods.
import gc
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Event:
    account: str
    kind: str
    amount: float


class Account:
    def __init__(self, name):
        self.name = name
        self.balance = 0.0
        self.applied = []


class Projection:
    def __init__(self):
        self.accounts = {}
        self.handlers = {"open": self.on_open, "deposit": self.on_deposit,
                         "withdraw": self.on_withdraw}

    def on_open(self, event):
        self.accounts[event.account] = Account(event.account)

    def on_deposit(self, event):
        acct = self.accounts[event.account]
        acct.balance += event.amount
        acct.applied.append(event)

    def on_withdraw(self, event):
        acct = self.accounts[event.account]
        acct.balance -= event.amount
        acct.applied.append(event)

    def replay(self, log):
        for event in log:
            self.handlers[event.kind](event)
        return self


log = [Event("alice", "open", 0.0), Event("alice", "deposit", 120.5),
       Event("bob", "open", 0.0), Event("alice", "withdraw", 20.25),
       Event("bob", "deposit", 75.75)]
dep = log[1]  # ?rc dep
view = Projection().replay(log)  # ?rc view dep
alice = view.accounts["alice"]  # ?rc alice
balance = alice.balance  # ?rc balance
history = alice.applied  # ?rc history
second_view = Projection().replay(log[:3])  # ?rc dep second_view
print(sys.getrefcount(alice))
del second_view  # ?rc dep
print(gc.collect())  # projection, handler dict, bound methods, accounts
del view  # ?rc alice history dep
print(gc.collect())
del alice, history  # ?rc dep balance
log.clear()  # ?rc dep
