# Theme: Conway's Game of Life on a small grid stored as a list of lists of
# Cell objects; each step builds a new grid, and the history list keeps
# every generation.


class Cell:
    def __init__(self, alive):
        self.alive = alive

    def __str__(self):
        return "#" if self.alive else "."


def neighbours(grid, r, c):
    n = len(grid)
    return sum(grid[(r + dr) % n][(c + dc) % n].alive
               for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)


def step(grid):
    new = []
    for r, row in enumerate(grid):
        new_row = []
        for c, cell in enumerate(row):
            k = neighbours(grid, r, c)
            new_row.append(Cell(k == 3 or (cell.alive and k == 2)))
        new.append(new_row)
    return new


pattern = [".....", "..#..", "..#..", "..#..", "....."]
grid = [[Cell(ch == "#") for ch in line] for line in pattern]  # ?rc grid
top = grid[0]  # ?rc top
centre = grid[2][2]  # ?rc centre
history = [grid]  # ?rc history grid
for gen in range(2):
    grid = step(grid)
    history.append(grid)  # ?rc grid
blinked = history[1]  # ?rc blinked
picture = "\n".join("".join(str(c) for c in row) for row in blinked)  # ?rc picture
del history  # ?rc blinked grid top centre
alive = [c for row in grid for c in row if c.alive]  # ?rc alive
mid = alive[1]  # ?rc mid
del grid  # ?rc mid alive
