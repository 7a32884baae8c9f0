# A dataclass's generated __repr__ reprs each field it shows (not repr=False ones), and it
# replaces a base class's __repr__; a list subclass without a __repr__ is list's.
import dataclasses
kept = []


class Keep:
    def __repr__(self):
        kept.append(self)
        return 'Keep()'


class Base:
    def __repr__(self):
        return 'base'


@dataclasses.dataclass
class D(Base):
    x: object
    y: object = dataclasses.field(repr=False, default=None)


@dataclasses.dataclass(repr=False)
class Quiet:
    x: object


class L(list):
    pass


a = Keep()
d1 = D(a, a)
r = repr(d1)  # ?rc a
r = str([d1])  # ?rc a
q = Quiet(a)
r = repr(q)  # ?rc a
lst = L([a, a])
r = repr(lst)  # ?rc a
n = len(kept)
kept.clear()  # ?rc a
