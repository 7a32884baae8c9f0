# Odds and ends: slots with inheritance, class attribute shadowing, closures made in a loop,
# try/finally with return, generator expressions consumed by builtins.
class Base:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


class Derived(Base):
    __slots__ = ("b",)

    def __init__(self, a, b):
        super().__init__(a)
        self.b = b  # ?rc b


class Config:
    level = [1.5]

    def __init__(self):
        self.name = "default config"


payload = [2.5]  # ?rc payload
d = Derived(payload, payload)  # ?rc payload d
c = Config()
c.level = [3.5]  # ?rc c
shared_level = Config.level  # ?rc shared_level
makers = []
for i in range(3):
    makers.append(lambda i=i: i * 2)  # ?rc makers
values = [f() for f in makers]  # ?rc values


def guarded(x):
    try:
        return [x]
    finally:
        note = x  # ?rc x


out = guarded(payload)  # ?rc payload out
total = sum(v for v in values)  # ?rc total
has_big = any(v > 2 for v in values)  # ?rc has_big
pairs = list(zip(values, "abc"))  # ?rc pairs
head, *rest = values  # ?rc rest
del d  # ?rc payload
items = sorted({"b": 2, "a": 1})  # ?rc items
