# Theme: typing.NamedTuple and TypedDict at runtime. A NamedTuple instance is
# a tuple holding its fields; _replace and _make build new tuples sharing
# them; a TypedDict "instance" is just a plain dict.
import gc
from typing import NamedTuple, TypedDict


class Owner:
    def __init__(self, name):
        self.name = name


class Account(NamedTuple):
    owner: object
    balance: float
    tags: list = []


class Snapshot(TypedDict, total=False):
    account: Account
    note: str


alice = Owner("alice liddell")  # ?rc alice
acc = Account(alice, 12.5)  # ?rc acc alice
shared_tags = acc.tags  # ?rc shared_tags
acc2 = acc._replace(balance=99.75)  # ?rc acc acc2 alice shared_tags
rows = [(alice, 3.5, [0.5]), (Owner("bob builder"), 7.25, [1.5])]
made = [Account._make(r) for r in rows]  # ?rc made alice
first, second = made  # ?rc first second
owner, balance, tags = first  # ?rc owner balance tags first
snap: Snapshot = {"account": acc2, "note": "end of day report"}  # ?rc snap acc2
snap2 = Snapshot(account=acc, note="start of day!")  # ?rc snap2 acc
as_dict = acc._asdict()  # ?rc as_dict alice


def audit(snapshots):
    total = 0.0
    for s in snapshots:
        a = s["account"]  # ?rc a s
        total += a.balance
    return total


t = audit([snap, snap2])  # ?rc acc acc2 snap snap2
del made, rows  # ?rc first second alice
del owner, balance, tags, first, as_dict  # ?rc alice
cyc = Account(Owner("loop owner"), 1.5, [])
cyc.tags.append(cyc)  # ?rc cyc
del cyc
print(gc.collect())
