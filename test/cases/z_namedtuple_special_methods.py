# Theme: a namedtuple subclass with its own special methods (__len__, __eq__, __hash__, __add__): CPython calls them
from collections import namedtuple


class Pair(namedtuple("Pair", "a b")):
    __slots__ = ()

    def __len__(self):
        return 99

    def __eq__(self, other):
        return True

    def __hash__(self):
        return 1

    def __add__(self, other):
        return [self, other]


x = [1]
p = Pair(x, x)
q = Pair(x, [2])
n = len(p)  # ?rc p x
same = p == q  # ?rc p q
both = p + q  # ?rc p q both
d = {p: 1}
d[q] = 2  # ?rc p q d
