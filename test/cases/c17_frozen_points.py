# Theme: deduplicating map coordinates. Frozen dataclasses hash by value, so a
# set keeps the first of several equal points and adding an equal one later
# stores nothing; a dict keeps its first key while a repeated key replaces
# the value. dataclasses.replace builds a new instance sharing field values.
from dataclasses import dataclass, field, replace
import gc


@dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclass(frozen=True)
class Route:
    name: str
    stops: tuple = field(default=())


a = Point(1.5, 2.5)
b = Point(1.5, 2.5)  # ?rc b
seen = {a}  # ?rc a
seen.add(b)  # ?rc a b -- equal: b is not stored
c = Point(3.5, 4.5)
seen.add(c)  # ?rc c
hits = {a: "first visit!"}
hits[b] = "second visit!"  # ?rc a b -- the key stays a
moved = replace(a, y=9.5)  # ?rc a moved
r = Route("loop line!", (a, c))  # ?rc a c r
r2 = replace(r, name="loop line two!")  # ?rc a r2
stops = r2.stops  # ?rc stops
seen.discard(b)  # ?rc a b -- removes the equal member a
union = seen | {b, moved}  # ?rc b moved c
del r, r2  # ?rc stops a
del hits  # ?rc a b
print(gc.collect())
