# Theme: dataclass(slots=True) and dataclass(kw_only=True). Slotted instances
# hold their fields in slots (no __dict__); kw_only fields and
# default_factory make a fresh list per instance; replace() shares fields.
import dataclasses
import gc
from dataclasses import dataclass, field


@dataclass(slots=True)
class Cell:
    value: object
    neighbours: list = field(default_factory=list)


@dataclass(kw_only=True)
class Grid:
    name: str
    cells: list
    origin: object = None


@dataclass(slots=True, kw_only=True)
class Cursor:
    grid: object
    pos: int = 0


tag = [0.5, 1.5]  # ?rc tag
c1 = Cell(tag)  # ?rc c1 tag
c2 = Cell(tag, [c1])  # ?rc c1 c2 tag
c1.neighbours.append(c2)  # ?rc c2
nb = c1.neighbours  # ?rc nb
grid = Grid(name="main grid", cells=[c1, c2], origin=c1)  # ?rc grid c1 c2
cur = Cursor(grid=grid)  # ?rc cur grid
moved = dataclasses.replace(cur, pos=5)  # ?rc moved grid
copy_cell = dataclasses.replace(c2)  # ?rc copy_cell c1 tag


def walk(g):
    seen = []
    for cell in g.cells:
        seen.append(cell.value)  # ?rc cell
    return seen


vals = walk(grid)  # ?rc vals tag
as_tuple = [getattr(c1, f.name) for f in dataclasses.fields(c1)]  # ?rc c1 tag
del vals, as_tuple, copy_cell, nb  # ?rc tag
del cur, moved  # ?rc grid
del grid  # ?rc c1 c2
del c1, c2
print(gc.collect())
left = tag  # ?rc tag
