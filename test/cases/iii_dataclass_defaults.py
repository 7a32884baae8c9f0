# Theme: dataclass with a default_factory list and a shared default argument
# object in a plain function; aliasing through the defaults.
from dataclasses import dataclass, field
import sys

SENTINEL = object()  # ?rc SENTINEL


@dataclass
class Bag:
    items: list = field(default_factory=list)
    tag: object = SENTINEL


def fill(bag, extra=[]):
    extra.append(bag)  # ?rc bag extra
    return extra


b1 = Bag()  # ?rc b1 SENTINEL
b2 = Bag([1.5])  # ?rc b2 SENTINEL
held = fill(b1)  # ?rc b1 held
held2 = fill(b2)  # ?rc b2 held held2
print(sys.getrefcount(held))
lst = b2.items  # ?rc lst
b2.items = []  # ?rc lst
del b1  # ?rc held
held.clear()  # ?rc held b2
