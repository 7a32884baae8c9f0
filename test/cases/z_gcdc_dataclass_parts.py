# A dropped @dataclass class is cyclic garbage with objects the decorator made: its
# _DataclassParams, the generated __repr__ (wrapper, closure, repr_running set), __eq__, the
# order methods, frozen's FrozenInstanceError cells (counts differ on 3.13).
import gc
from dataclasses import dataclass, field


@dataclass
class A1:
    a: int


del A1
print(gc.collect())


@dataclass
class A2:
    a: int
    b: float


del A2
print(gc.collect())


@dataclass
class A3:
    a: int
    b: float
    c: str


del A3
print(gc.collect())


@dataclass
class D1:
    a: int
    b: float = 1.5


del D1
print(gc.collect())


@dataclass
class D2:
    a: int = 1
    b: float = 1.5


del D2
print(gc.collect())


@dataclass
class F1:
    a: int
    b: list = field(default_factory=list)


del F1
print(gc.collect())


@dataclass
class M1:
    a: int
    b: float

    def total(self):
        return self.a + self.b


del M1
print(gc.collect())


@dataclass(frozen=True)
class Z2:
    a: int
    b: float


del Z2
print(gc.collect())


@dataclass(order=True)
class O2:
    a: int
    b: float


del O2
print(gc.collect())


@dataclass(eq=False)
class E2:
    a: int
    b: float


del E2
print(gc.collect())


@dataclass(repr=False)
class R2:
    a: int
    b: float


del R2
print(gc.collect())


@dataclass
class K2:
    a: int
    b: float


k = K2(1, 2.0)  # ?rc k
print(gc.collect())
del K2
print(gc.collect())
del k
print(gc.collect())


@dataclass
class P2:
    a: int
    b: float

    def __post_init__(self):
        self.c = self.a


p = P2(1, 2.0)  # ?rc p
del P2, p
print(gc.collect())


@dataclass
class N0:
    pass


del N0
print(gc.collect())
