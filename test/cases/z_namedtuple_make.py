# Theme: namedtuple entry points: _make from a list and a generator, defaults= given as
# a list or a tuple (shared default values), _fields / __match_args__ on class and instance.
import typing
from collections import namedtuple

class Tag:
    pass

DEFAULT = ([], Tag())  # ?rc DEFAULT
Pair = namedtuple("Pair", "left right")
Rec = namedtuple("Rec", ["name", "extra", "tag"], defaults=DEFAULT)  # ?rc DEFAULT
Opt = namedtuple("Opt", "a b", defaults=[Tag()])
t = Tag()  # ?rc t
p = Pair._make([t, t])  # ?rc p t
q = Pair._make(x for x in (t, 2.5 * 3))  # ?rc q t
m = p._make((t, p))  # ?rc m p t
shared = DEFAULT[1]  # ?rc shared
r = Rec("a b")  # ?rc r shared
r2 = Rec("c d", t)  # ?rc r2 shared t
o = Opt(t)  # ?rc o t
dflt = o.b  # ?rc dflt
fields = Pair._fields  # ?rc fields
again = p._fields  # ?rc fields again
margs = Rec.__match_args__  # ?rc margs
class NT(typing.NamedTuple):
    a: int
    b: float = 0.5
nf = NT._fields  # ?rc nf
try:
    bad = Pair._make([t])
except TypeError:
    pass
del p, q, m, r, r2, o  # ?rc t shared dflt
