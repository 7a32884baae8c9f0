# Theme: dataclasses built with keyword arguments, __post_init__, frozen
# records, order=True sorting and namedtuple._replace in a shipping app.
from dataclasses import dataclass
from collections import namedtuple


@dataclass
class Parcel:
    dest: list
    weight: float = 1.0

    def __post_init__(self):
        self.label = " / ".join(self.dest)


@dataclass(frozen=True, order=True)
class Rate:
    price: float
    carrier: str


Stop = namedtuple("Stop", "city eta")

dest = ["Berlin", "Mitte"]  # ?rc dest
heavy = 12.5 * 2  # ?rc heavy
p1 = Parcel(dest)  # ?rc p1 dest
p2 = Parcel(dest=dest, weight=heavy)  # ?rc p2 dest heavy
p3 = Parcel(dest, weight=heavy)  # ?rc dest heavy
label = p2.label  # ?rc label
w = p2.weight  # ?rc w heavy
cheap = Rate(4.25 * 2, "post")  # ?rc cheap
fast = Rate(price=9.75 * 2, carrier="courier")  # ?rc fast
rates = sorted([fast, cheap])  # ?rc cheap fast
best = rates[0]  # ?rc best cheap
eta = [13.5]  # ?rc eta
s1 = Stop("Hamburg", eta)  # ?rc s1 eta
s2 = s1._replace(city="Bremen")  # ?rc s1 s2 eta
s3 = Stop(city="Kiel", eta=eta)  # ?rc s3 eta
del s1, s2, s3  # ?rc eta
del p1, p2, p3  # ?rc dest heavy label
