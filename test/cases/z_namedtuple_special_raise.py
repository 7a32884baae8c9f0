# Theme: a namedtuple subclass whose own special methods raise: ==, len(), unary minus, a
# dict key's hash and `in` run them (the except clauses run), the instance held meanwhile.
from collections import namedtuple


class Key(namedtuple("Key", "a b")):
    __slots__ = ()

    def __eq__(self, other):
        raise TypeError("no eq")

    def __hash__(self):
        return 7

    def __len__(self):
        raise ValueError("no len")

    def __neg__(self):
        raise KeyError("neg")


k1 = Key(1, 2)  # ?rc k1
k2 = Key(1, 2)  # ?rc k2
try:
    same = k1 == k2
except TypeError:
    same = None  # ?rc k1
try:
    n = len(k1)
except ValueError:
    n = None  # ?rc k1
try:
    m = -k1
except KeyError:
    m = None  # ?rc k1
try:
    d = {k1: 1, k2: 2}
except TypeError:
    d = None  # ?rc k1
try:
    found = k1 in [k2]
except TypeError:
    found = None  # ?rc k1
