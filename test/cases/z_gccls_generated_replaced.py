# A store on a namedtuple / dataclass class that replaces a generated method frees it (and
# its closure): the collection that frees the class is then open, never a stale count.
import gc
from collections import namedtuple
from dataclasses import dataclass


def show(self):
    return "P"


P = namedtuple("P", "a b")
P.__repr__ = show
del P
print(gc.collect())


@dataclass
class D:
    a: int


D.__repr__ = show
del D
print(gc.collect())

Q = namedtuple("Q", "a b")
Q.note = [1]
del Q
print(gc.collect())
