# Theme: Conway's game of life on a list-of-lists grid: neighbour counts,
# a generation step that builds new rows, copy.deepcopy snapshots kept in
# a history list, cycle detection by rendered text, and string rendering.
import copy
import sys


class Cell:
    def __init__(self, alive):
        self.alive = alive


def make_grid(pattern):
    grid = [[Cell(ch == "#") for ch in line] for line in pattern]  # ?rc grid
    return grid


def neighbours(grid, r, c):
    rows, cols = len(grid), len(grid[0])
    count = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if (dr or dc) and grid[(r + dr) % rows][(c + dc) % cols].alive:
                count += 1
    return count


def step(grid):
    new = []
    for r, row in enumerate(grid):
        out = []
        for c, cell in enumerate(row):
            n = neighbours(grid, r, c)
            out.append(Cell(n == 3 or (cell.alive and n == 2)))
        new.append(out)  # ?rc out new
    return new


def render(grid):
    return "\n".join("".join("#" if c.alive else "." for c in row) for row in grid)


START = ["......", "..#...", "...#..", ".###..", "......", "......"]
grid = make_grid(START)  # ?rc grid
history = [copy.deepcopy(grid)]  # ?rc history grid
seen = {render(grid): 0}  # ?rc seen
gen = 0
while gen < 30:
    gen += 1
    grid = step(grid)  # ?rc grid
    key = render(grid)
    if key in seen:
        print("repeat of generation", seen[key])
        break
    seen[key] = gen
    if gen % 4 == 0:
        history.append(copy.deepcopy(grid))  # ?rc history
else:
    print("no repeat within 30 generations")
snap = history[-1]  # ?rc snap
row0 = snap[0]  # ?rc row0 snap
population = sum(c.alive for row in grid for c in row)
frame = render(snap)  # ?rc frame
banner = "gen %d, population %d\n%s" % (gen, population, frame)  # ?rc banner
print(banner, sys.getrefcount(row0))
del history, snap  # ?rc row0
