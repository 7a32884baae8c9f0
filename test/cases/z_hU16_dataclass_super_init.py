# Theme: a dataclass base whose subclass has an __init__ of its own that calls
# the generated one through super().__init__(...), built in a loop.
from dataclasses import dataclass


@dataclass
class Base:
    name: object
    size: int

    def __post_init__(self):
        nm = self.name  # ?rc nm


class Child(Base):
    def __init__(self, name):
        super().__init__(name, 3)
        self.extra = name  # ?rc name


n = ["child", 1.5]  # ?rc n
kids = []
for _ in range(3):
    kids.append(Child(n))  # ?rc n
one = Base(n, 1)  # ?rc one n
del kids  # ?rc n
