# Frozen dataclasses as dictionary keys for a price table: hashing and
# equality come from the fields, dataclasses.replace() makes modified
# copies, and assignment raises FrozenInstanceError.
import dataclasses
import gc
import sys
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Route:
    origin: str
    dest: str
    stops: tuple = ()
    meta: dict = field(default_factory=dict, compare=False, hash=False)


fare = 120.5 * 2  # ?rc fare
via = ("Lyon Part-Dieu", "Dijon Ville")  # ?rc via
r1 = Route("Paris Gare", "Marseille St", via)  # ?rc r1 via
r2 = Route("Paris Gare", "Marseille St", via)  # ?rc r2 via
table = {r1: fare}  # ?rc table r1 fare
price = table[r2]  # ?rc price fare r2
try:
    r1.dest = "Nice Ville"
except dataclasses.FrozenInstanceError as exc:
    err = exc  # ?rc err
del err
r3 = dataclasses.replace(r1, stops=())  # ?rc r3 via r1
meta = r1.meta  # ?rc meta
meta["note"] = fare  # ?rc fare
table[r3] = fare * 0.5
as_dict = dataclasses.asdict(r1)  # ?rc as_dict via
as_tuple = dataclasses.astuple(r2)  # ?rc as_tuple
copied = as_tuple[2]  # ?rc copied via
fields = dataclasses.fields(Route)  # ?rc fields
print(sys.getrefcount(r1))
for key, value in table.items():
    cost = value  # ?rc cost key
del key, value, cost
del r2  # ?rc via
del table  # ?rc r1 fare r3
print(gc.collect())
