# dataclass(slots=True) builds a new class from a copy of the old one's dict;
# the copy's __init__ is the old one's: init=False fields are not set by it,
# and the old class is cyclic garbage (type, dict, __mro__, two getsets).
import gc
import sys
from dataclasses import InitVar, dataclass, field


@dataclass(slots=True)
class Reading:
    sensor: str
    value: float
    scale: InitVar[float] = 1.0
    scaled: float = field(init=False)
    history: list = field(default_factory=list)

    def __post_init__(self, scale):
        self.scaled = self.value * scale
        self.history.append(self.scaled)


print(gc.collect())
value = 2.5 * 3  # ?rc value
r = Reading("probe one!", value, 2.0)  # ?rc r value
scaled = r.scaled  # ?rc scaled
hist = r.history  # ?rc hist scaled
r2 = Reading("probe two!", value)  # ?rc r2 value
same = r2.scaled is value
print(sys.getrefcount(r2))
del r, r2  # ?rc value hist scaled
print(gc.collect())
