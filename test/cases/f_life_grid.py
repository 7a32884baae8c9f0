# Application: Conway's game of life on a grid of lists, computing the next
# generation as a fresh grid, with a history of generations kept in a list.
import sys


def make_grid(rows, cols, alive):
    grid = [[0] * cols for _ in range(rows)]  # ?rc grid
    for r, c in alive:
        grid[r][c] = 1
    return grid


def neighbours(grid, r, c):
    rows, cols = len(grid), len(grid[0])
    total = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                total += grid[(r + dr) % rows][(c + dc) % cols]
    return total


def step(grid):
    new = []
    for r, row in enumerate(grid):
        new_row = []
        for c, cell in enumerate(row):
            n = neighbours(grid, r, c)
            new_row.append(1 if n == 3 or (cell and n == 2) else 0)
        new.append(new_row)  # ?rc new_row
    return new


def render(grid):
    text = "\n".join("".join("#" if x else "." for x in row) for row in grid)  # ?rc text
    return text


glider = make_grid(6, 6, [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)])  # ?rc glider
row0 = glider[0]  # ?rc row0
history = [glider]  # ?rc history glider
cur = glider
for gen in range(4):
    cur = step(cur)  # ?rc cur
    history.append(cur)
picture = render(cur)  # ?rc picture
live = sum(sum(row) for row in cur)  # ?rc live
same = history[0] == history[-1]  # ?rc same
last = history[-1]  # ?rc last cur
print(picture, live, same)
history.pop(0)  # ?rc glider row0
del glider  # ?rc row0
print(sys.getrefcount(row0), sys.getrefcount(cur))
