# dataclasses.fields(): a tuple of the Field objects, each with .name the very
# str that keys __dataclass_fields__; getattr by it reads the field's value.
import dataclasses
from dataclasses import dataclass, field


@dataclass(slots=True)
class Cell:
    value: object
    neighbours: list = field(default_factory=list)


@dataclass
class Row:
    label: object
    extra: object = None


tag = [0.5, 1.5]  # ?rc tag
c1 = Cell(tag)  # ?rc c1 tag
fs = dataclasses.fields(c1)  # ?rc fs
first = fs[0]  # ?rc first
nm = first.name  # ?rc nm
vals = [getattr(c1, f.name) for f in fs]  # ?rc vals tag
nb = vals[1]  # ?rc nb
row = Row(tag, c1)  # ?rc row tag c1
pairs = {f.name: getattr(row, f.name) for f in dataclasses.fields(row)}  # ?rc pairs tag c1
again = dataclasses.fields(Row)  # ?rc again
same = again[1] is dataclasses.fields(row)[1]  # ?rc again
got = [getattr(row, f.name) for f in again if f.name != "label"]  # ?rc got c1
del vals, nb, pairs, got  # ?rc tag c1
del fs, first, again  # ?rc tag
