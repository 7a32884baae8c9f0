# Theme: dataclass pseudo-fields: an InitVar goes to __post_init__ only, ClassVar and KW_ONLY are no fields, field(init=False)
import gc
from dataclasses import InitVar, KW_ONLY, dataclass, field
from typing import ClassVar

@dataclass
class Acct:
    registry: ClassVar[list] = []
    opening: InitVar[list]
    history: list = field(init=False)
    log: list = field(init=False, default_factory=list)
    _: KW_ONLY
    tag: object = None
    def __post_init__(self, opening):
        self.history = list(opening)  # ?rc opening
        self.log.append(opening)

seed = [1.5]
a = Acct(seed)  # ?rc seed a
h = a.history  # ?rc h seed
t = object()
b = Acct(h, tag=t)  # ?rc h t b
b2 = Acct(opening=seed)  # ?rc seed b2
reg = Acct.registry  # ?rc reg
del a, b, b2  # ?rc seed h t
print(gc.collect())
