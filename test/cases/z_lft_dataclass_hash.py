# A dataclass's __hash__: frozen (eq=True) hashes the tuple of its fields, so each field's own
# __hash__ runs; eq=True without frozen sets __hash__ = None (TypeError); unsafe_hash=True
# generates it anyway; field(hash=False) / field(compare=False) leave a field out; eq=False keeps
# the base's identity hash.
from dataclasses import dataclass, field
kept = []
class Key:
    def __hash__(self):
        kept.append(self)
        return 7
    def __eq__(self, other):
        return self is other
@dataclass(frozen=True)
class Frozen:
    a: object
    b: int
@dataclass
class Plain:
    a: object
@dataclass(unsafe_hash=True)
class Forced:
    a: object
    skip: object = field(hash=False, default=None)
    quiet: object = field(compare=False, default=None)
@dataclass(eq=False)
class NoEq:
    a: object
k = Key()
fr = Frozen(k, 3)
h = hash(fr)  # ?rc k
s = {fr}  # ?rc k fr
n = len(kept)  # ?rc k
p = Plain(k)
try:
    hash(p)
except TypeError as e:
    err = e
n = len(kept)  # ?rc k p
j = Key()
u = Forced(k, j, j)
d = {u: 1}  # ?rc k j u
ne = NoEq(k)
d2 = {ne: 2}  # ?rc k ne
print(Plain.__hash__, len(kept))
kept.clear()
n = len(kept)  # ?rc k j
