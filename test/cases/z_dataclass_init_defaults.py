# Theme: @dataclass's generated __init__ is a real function: its __defaults__ / __kwdefaults__
# hold each field default (an init=False field's not), its closure cells each default factory,
# one more reference each.
import gc
from dataclasses import dataclass, field, InitVar, KW_ONLY


def make_list():
    return []


@dataclass
class Opts:
    name: str
    ratio: float = 2.5
    scale: float = field(default=3.5)
    tags: list = field(default_factory=make_list)
    _: KW_ONLY
    limit: float = 7.5


@dataclass(frozen=True)
class Point:
    x: float = 0.5
    y: float = field(default=1.25, compare=False)


@dataclass
class Seeded:
    hidden: float = field(default=4.25, init=False)
    seed: InitVar[float] = 6.25

    def __post_init__(self, seed):
        self.hidden = seed


r = Opts.ratio  # ?rc r
s = Opts.scale  # ?rc s
k = Opts.limit  # ?rc k
f = make_list  # ?rc f
o = Opts("a b", 1.5 * 3)  # ?rc r s k f o
x = Point.x  # ?rc x
p = Point()  # ?rc x p
h = Seeded.hidden  # ?rc h
sd = Seeded.seed  # ?rc sd
q = Seeded()  # ?rc h sd q
del o, p, q
n = gc.collect()  # ?rc r s k f x h sd
