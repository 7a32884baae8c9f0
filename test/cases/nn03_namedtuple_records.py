# Theme: typing.NamedTuple records: construction, _make, _replace, _asdict,
# unpacking and field access. A NamedTuple is a tuple; its fields are the
# tuple's items, so every record holds one reference to each value.
from typing import NamedTuple


class Reading(NamedTuple):
    sensor: list
    value: float
    tags: tuple = ()


class Span(NamedTuple):
    lo: Reading
    hi: Reading


probe = ["probe A-1"]  # ?rc probe
r1 = Reading(probe, 20.5 * 1)  # ?rc r1
r2 = Reading._make([probe, 21.5 * 1, ("hot day",)])  # ?rc r2
r3 = r2._replace(value=22.5 * 1)  # ?rc r3 probe
span = Span(r1, r3)  # ?rc span r3
lo, hi = span  # ?rc lo hi
sensor, value, tags = hi  # ?rc sensor probe
as_map = r3._asdict()  # ?rc as_map probe
del as_map  # ?rc probe
v = span.hi.value  # ?rc v
del span  # ?rc lo hi
batch = [Reading(probe, i * 1.5) for i in range(4)]  # ?rc batch
best = max(batch, key=lambda r: r.value)  # ?rc best probe
del batch  # ?rc best probe
del lo, hi, sensor  # ?rc probe r3
