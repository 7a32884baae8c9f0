# Theme: a container class with __getitem__ (ints and tuple keys), __len__,
# __contains__ and __iter__ over cells; a sparse grid stores only the
# cells that were set, in a dict keyed by (row, col) tuples.
import sys


class Cell:
    def __init__(self, value):
        self.value = value


class Grid:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols
        self.cells = {}

    def __setitem__(self, pos, value):
        cell = Cell(value)
        self.cells[pos] = cell  # ?rc cell value

    def __getitem__(self, pos):
        if isinstance(pos, int):
            return [self.cells.get((pos, c)) for c in range(self.cols)]
        return self.cells[pos]

    def __len__(self):
        return len(self.cells)

    def __contains__(self, value):
        return any(c.value is value for c in self.cells.values())

    def __iter__(self):
        for pos in sorted(self.cells):
            yield self.cells[pos]


g = Grid(3, 3)  # ?rc g
mark = [2.5 * 4]  # ?rc mark
g[0, 0] = mark  # ?rc mark
g[1, 2] = mark  # ?rc mark
g[2, 1] = ["other one"]
cell = g[1, 2]  # ?rc cell
row = g[0]  # ?rc row
print(len(g), mark in g, [9.0] in g)
values = [c.value for c in g]  # ?rc values mark
for c in g:
    v = c.value  # ?rc v c
g[0, 0] = [0.25 * 3]  # ?rc mark
del values, v, c  # ?rc mark cell
print(sys.getrefcount(mark))
del g  # ?rc cell row mark
