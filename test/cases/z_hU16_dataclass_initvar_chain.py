# Theme: dataclass chains: an InitVar and a keyword field reached through
# super().__init__ from a plain subclass, and a failing call caught in __init__.
from dataclasses import InitVar, dataclass, field


@dataclass
class Base:
    name: object
    seed: InitVar[object] = None
    items: list = field(default_factory=list)

    def __post_init__(self, seed):
        if seed is not None:
            self.items.append(seed)  # ?rc seed


@dataclass
class Mid(Base):
    extra: object = None


class Top(Mid):
    def __init__(self, name, seed):
        super().__init__(name, seed, extra=seed)
        self.top = True  # ?rc seed


class Bad(Base):
    def __init__(self, name):
        try:
            super().__init__(name, seed=undefined_name)  # noqa
        except NameError:
            self.failed = True  # ?rc name


nm = ["top", 1.5]  # ?rc nm
sd = ["seed", 2.5]  # ?rc sd
t = Top(nm, sd)  # ?rc t nm sd
its = t.items  # ?rc its sd
b = Bad(nm)  # ?rc b nm
del t, its  # ?rc nm sd
