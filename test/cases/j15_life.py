# Game of life on a list-of-lists grid, with copying.
import copy
import sys


class Grid:
    def __init__(self, width: int, height: int):
        self.width = width
        self.height = height
        self.cells = [[0] * width for _ in range(height)]

    def set(self, x: int, y: int) -> None:
        self.cells[y][x] = 1

    def neighbours(self, x: int, y: int) -> int:
        total = 0
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dx or dy:
                    total += self.cells[(y + dy) % self.height][(x + dx) % self.width]
        return total

    def step(self) -> "Grid":
        new = Grid(self.width, self.height)
        for y in range(self.height):
            for x in range(self.width):
                n = self.neighbours(x, y)
                if n == 3 or (n == 2 and self.cells[y][x]):
                    new.set(x, y)
        return new

    def __repr__(self):
        return "\n".join("".join("#" if c else "." for c in row) for row in self.cells)


g = Grid(6, 6)  # ?rc g
for x, y in [(1, 2), (2, 2), (3, 2)]:
    g.set(x, y)
cells = g.cells  # ?rc cells g
row2 = cells[2]  # ?rc row2
g2 = g.step()  # ?rc g2 g
row2b = g2.cells[2]  # ?rc row2b
shallow = list(cells)  # ?rc shallow row2
sliced = cells[:]  # ?rc sliced row2
deep = copy.deepcopy(cells)  # ?rc deep row2
drow = deep[2]  # ?rc drow
cp = copy.copy(g)  # ?rc cp g cells
cpcells = cp.cells  # ?rc cpcells cells
alias = [row for row in cells]  # ?rc alias row2
g3 = g2.step()  # ?rc g3 g2
same = g3.cells == g.cells
text = repr(g3)  # ?rc text
del shallow, sliced, alias  # ?rc row2
del cp, cpcells  # ?rc cells
g = g3  # ?rc g g3
del cells  # ?rc row2
print(sys.getrefcount(row2))
print(sys.getrefcount(deep))
live = {(x, y) for y, row in enumerate(g.cells) for x, c in enumerate(row) if c}  # ?rc live
frozen = frozenset(live)  # ?rc frozen live
pt = (10 ** 3, 10 ** 4)  # ?rc pt
live.add(pt)  # ?rc pt live
grid_rows = [list(r) for r in g.cells]  # ?rc grid_rows


class Cell:
    def __init__(self, alive):
        self.alive = alive

    def __str__(self):
        return "#" if self.alive else "."

    def __eq__(self, other):
        return self.alive == other.alive

    __hash__ = None

    def __abs__(self):
        return Cell(True)

    def __radd__(self, other):
        return other + (1 if self.alive else 0)


board = [[Cell(c) for c in row] for row in g.cells]  # ?rc board
c00 = board[0][0]  # ?rc c00
pic = "".join(str(c) for c in board[2])  # ?rc pic c00
alive_count = sum(board[2])  # ?rc c00
twin = abs(c00)  # ?rc twin c00
eq = c00 == twin  # ?rc twin
def count_alive(*rows_in, start=0.5 * 1):
    total = start
    for row in rows_in:
        total += sum(1 for c in row if c)  # ?rc row
    return total


alive_n = count_alive(*g.cells)  # ?rc row2
