# typing.NamedTuple with defaults and methods for a tiny config loader.
# Subclassing the generated class to add a property; comparisons and
# sorting work as on tuples.
import gc
import sys
from typing import NamedTuple, Optional


class Limit(NamedTuple):
    name: str
    soft: float
    hard: float = 100.0
    parent: Optional["Limit"] = None

    def headroom(self):
        gap = self.hard - self.soft  # ?rc gap
        return gap

    def child(self, name, soft):
        kid = Limit(name, soft, self.hard, self)  # ?rc kid
        return kid


class NamedLimit(Limit):
    @property
    def label(self):
        return self.name.upper() + "!"


soft = 42.5 * 1.5  # ?rc soft
root = Limit("cpu total", soft)  # ?rc root soft
room = root.headroom()  # ?rc room
kid = root.child("cpu worker", soft / 2)  # ?rc kid root
grand = kid.child("cpu thread", soft / 4)  # ?rc grand kid root
chain = []
node = grand
while node is not None:
    chain.append(node)  # ?rc node
    node = node.parent
nl = NamedLimit("memory!", soft)  # ?rc nl soft
lab = nl.label  # ?rc lab
defaults = Limit._field_defaults  # ?rc defaults
print(sys.getrefcount(root))
ordered = sorted(chain)  # ?rc ordered root
del chain, ordered  # ?rc root kid grand
del grand  # ?rc kid
del kid  # ?rc root
del root, nl  # ?rc soft
print(gc.collect())
