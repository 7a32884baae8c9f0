# Theme: operator methods on tuple subclasses, the corners: declined operations, reflected ones,
# in-place methods, sum() and reduce() over them, a subclass's reflected method first.
import functools
import operator
from collections import namedtuple


class Pair(tuple):
    __slots__ = ()

    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

    def __mul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        out = Pair(self[0] * k, self[1] * k)  # ?rc self
        return out

    def __radd__(self, other):
        return Pair(other + self[0], other + self[1])

    def __iadd__(self, other):
        return Pair(self[0] + other, self[1] + other)


class Tagged(Pair):
    __slots__ = ()

    def __rmul__(self, k):
        return Tagged(k, k)


p = Pair(1, 2)  # ?rc p
q = p * 2  # ?rc p q
try:
    r = p * 1.5
except TypeError:
    r = None  # ?rc p
s = 10 + p  # ?rc p s
p2 = p
p2 += 5  # ?rc p p2
both = p + p  # ?rc p both
t = Tagged(3, 4)  # ?rc t
u = 2 * t  # ?rc t u
v = t * 2  # ?rc t v
total = sum([p, q], 0)  # ?rc p q total
red = functools.reduce(operator.mul, [p, 3])  # ?rc p red


class Cost(namedtuple("Cost", "value")):
    def __add__(self, other):
        return Cost(self.value + other.value)


c1 = Cost(1)  # ?rc c1
c2 = Cost(2)  # ?rc c2
c3 = c1 + c2  # ?rc c1 c2 c3
c1.note = "x"
c4 = c3 + c1  # ?rc c1 c3 c4
