# Theme: a Money value class with __eq__/__hash__, a property and a classmethod,
# folded with reduce, chained, zipped, mapped and filtered; contextlib.suppress,
# exception chaining and a class pattern in match.
import gc
import sys
from contextlib import suppress
from functools import reduce
from itertools import chain
import operator


class Money:
    __match_args__ = ("amount",)

    def __init__(self, amount):
        self.amount = amount

    def __repr__(self):
        return f"Money({self.amount})"

    def __eq__(self, other):
        return isinstance(other, Money) and self.amount == other.amount

    def __hash__(self):
        return hash(self.amount)

    @property
    def doubled(self):
        return Money(self.amount * 2)

    @classmethod
    def zero(cls):
        return cls(0.0)


wallet = [Money(1.5), Money(2.5), Money(1.5)]  # ?rc wallet
uniq = set(wallet)  # ?rc uniq
m0 = wallet[0]  # ?rc m0
d = dict.fromkeys(wallet, [])  # ?rc d m0
total = reduce(lambda a, b: Money(a.amount + b.amount), wallet, Money.zero())  # ?rc total
big = max(wallet, key=operator.attrgetter("amount"))  # ?rc big
flat = list(chain(wallet, [total]))  # ?rc flat total
pairs = list(zip(wallet, range(3)))  # ?rc pairs m0
rev = list(reversed(wallet))  # ?rc rev m0
mapped = list(map(lambda m: m.doubled, wallet))  # ?rc mapped
kept = list(filter(lambda m: m.amount > 2.0, wallet))  # ?rc kept
with suppress(KeyError):
    x = d[Money(9.0)]
text = "%s and %r" % (m0, m0)  # ?rc text m0
txt2 = "{a}-{b}".format(a=m0, b=total)  # ?rc txt2
setattr(m0, "tag", ["vip"])
tag = getattr(m0, "tag")  # ?rc tag
try:
    try:
        raise ValueError("bad value here")
    except ValueError as e:
        raise KeyError("wrapped key") from e
except KeyError as k:
    cause = k.__cause__  # ?rc cause k
del cause
match m0:
    case Money(amount) if amount > 1.0:
        got = amount  # ?rc got
del wallet, uniq, d, flat, pairs, rev, kept  # ?rc m0
print(gc.collect(), sys.getrefcount(m0))
