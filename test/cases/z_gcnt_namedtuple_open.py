# namedtuple classes whose garbage is only partly known: string and typing annotations
# (ForwardRefs, aliases), the functional typing.NamedTuple form.
import gc
from collections import namedtuple
from typing import NamedTuple, Optional


class Tag(NamedTuple):
    label: "str"
    weight: float = 0.5


del Tag
print(gc.collect())


class Maybe(NamedTuple):
    value: Optional[int]
    extra: None = None


del Maybe
print(gc.collect())


class Kept(NamedTuple):
    a: int
    b: float = 2.5


print(gc.collect())
k = Kept(1)  # ?rc k
del Kept
print(gc.collect())
del k
print(gc.collect())


def make(name):
    P = namedtuple(name, "x y", defaults=[[name]])
    P.registry = [P]
    return P


A = make("A")
B = make("B")
a = A(1)  # ?rc a
d = A._field_defaults  # ?rc d
del A, a
print(gc.collect())
del d
print(gc.collect())
print(gc.collect())
holder = [B(2, 3)]
holder.append(holder)
del B
print(gc.collect())
del holder
print(gc.collect())

Fn = NamedTuple("Fn", [("a", int), ("b", float)])
del Fn
print(gc.collect())
