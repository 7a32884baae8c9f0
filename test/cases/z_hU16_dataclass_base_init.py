# Theme: a dataclass base with subclasses calling its generated __init__
# explicitly (Item.__init__(self, ...)) and through super(); __post_init__ sees both.
from dataclasses import dataclass, field


@dataclass
class Item:
    name: object
    qty: int = 1
    tags: list = field(default_factory=list)

    def __post_init__(self):
        nm = self.name  # ?rc nm self


class Special(Item):
    def __init__(self, name, note):
        super().__init__(name, 2)
        self.note = note  # ?rc note self


class Legacy(Item):
    def __init__(self, name):
        Item.__init__(self, name, qty=5)
        self.old = True  # ?rc name


n = ["widget", 2.5]  # ?rc n
note = ["fragile", 0.5]  # ?rc note
s = Special(n, note)  # ?rc s n note
lg = Legacy(n)  # ?rc lg n
tg = s.tags  # ?rc tg s
plain = Item(n)  # ?rc plain n
del s  # ?rc n note tg
del lg, plain  # ?rc n
