# @dataclass variants: a docstring (the __init__ annotations stay a tuple), inheritance,
# ClassVar / InitVar, own __repr__ / __eq__, unsafe_hash, init=False (inspect parses object's
# signature with a class made there), kw_only and slots (left open).
import gc
from dataclasses import dataclass, field, InitVar
from typing import ClassVar


class Unit:
    pass


@dataclass
class Doc:
    "A documented record."
    a: int
    b: float = 2.5


del Doc
print(gc.collect())


@dataclass
class Base:
    name: str
    size: int = 0


@dataclass
class Child(Base):
    extra: list = field(default_factory=list)

    def grow(self):
        self.size += 1


c = Child("x")  # ?rc c
del Child, c
print(gc.collect())


@dataclass
class Special:
    count: ClassVar[int] = 0
    seed: InitVar[int] = 0
    unit: Unit = None
    tags: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self, seed):
        self.total = seed


s = Special(3, Unit())  # ?rc s
del Special, s
print(gc.collect())


@dataclass
class Own:
    a: int

    def __repr__(self):
        return "Own"

    def __eq__(self, other):
        return True


del Own
print(gc.collect())


@dataclass(unsafe_hash=True, match_args=False)
class Hashy:
    a: int
    b: Unit = field(default=None)


del Hashy
print(gc.collect())


@dataclass(init=False, order=True, frozen=True)
class Frozen:
    a: int = 1


del Frozen
print(gc.collect())


@dataclass(kw_only=True)
class Kw:
    a: int = 1


del Kw
print(gc.collect())


@dataclass(slots=True)
class Slotted:
    a: int


del Slotted
print(gc.collect())
print(gc.collect())


def make():
    @dataclass
    class Local:
        owner: object = None
    obj = Local()
    obj.owner = obj
    return obj


x = make()  # ?rc x
y = make()
del x, y
print(gc.collect())
del Base
print(gc.collect())
