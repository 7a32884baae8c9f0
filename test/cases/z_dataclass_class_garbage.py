# Theme: a deleted @dataclass class is cyclic garbage with objects the generated methods bring
# (__repr__ wrapper and closure, __eq__, __init__ defaults and cells, Fields): the count is open above.
import gc
from dataclasses import dataclass, field, KW_ONLY


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


r = Opts.ratio  # ?rc r
s = Opts.scale  # ?rc s
k = Opts.limit  # ?rc k
f = make_list  # ?rc f
o = Opts("a b")  # ?rc r s k f
del o
gc.collect()
del Opts
n = gc.collect()  # ?rc r s k f
print(n)
