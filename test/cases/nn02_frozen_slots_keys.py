# Theme: frozen and slots dataclasses used as dictionary keys and set
# members. @dataclass(slots=True) builds a brand-new class and throws the
# original away; frozen instances are shared freely as immutable values.
import gc
from dataclasses import dataclass, replace


gc.collect()


@dataclass(frozen=True, slots=True)
class Coord:
    x: float
    y: float

    def shifted(self, dx):
        return replace(self, x=self.x + dx)


print(gc.collect())  # the class that slots=True replaced


@dataclass(frozen=True)
class Tile:
    where: Coord
    kind: list


origin = Coord(0.5 * 1, 0.5 * 2)  # ?rc origin
grid = {origin: "start tile!"}  # ?rc grid
east = origin.shifted(1.5)  # ?rc east origin
grid[east] = "east tile!"  # ?rc east
same = Coord(0.5 * 1, 0.5 * 2)  # ?rc same
grid[same] = "replaced value!"  # ?rc same
print(len(grid), same == origin)
seen = {origin, east, same}  # ?rc origin seen
terrain = ["grass", "rock"]
t1 = Tile(origin, terrain)  # ?rc t1 origin terrain
t2 = replace(t1, where=east)  # ?rc t2 east terrain
del seen  # ?rc origin east same
keys = list(grid)  # ?rc keys
del keys, grid  # ?rc origin east
del t1, t2  # ?rc terrain
print(gc.collect())
