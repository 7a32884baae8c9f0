# Theme: flood fill on a grid of characters, once recursively and once with
# an explicit stack, counting the filled cells; the grid rows are lists.


def parse(picture):
    return [list(line) for line in picture.strip().split("\n")]


def fill_recursive(grid, r, c, old, new):
    if r < 0 or r >= len(grid) or c < 0 or c >= len(grid[0]):
        return 0
    row = grid[r]
    if row[c] != old:
        return 0
    row[c] = new
    return (1 + fill_recursive(grid, r + 1, c, old, new)
            + fill_recursive(grid, r - 1, c, old, new)
            + fill_recursive(grid, r, c + 1, old, new)
            + fill_recursive(grid, r, c - 1, old, new))


def fill_stack(grid, start, old, new):
    todo = [start]
    count = 0
    while todo:
        r, c = todo.pop()
        if 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] == old:
            grid[r][c] = new
            count += 1
            todo.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])  # ?rc todo grid
    return count


picture = """
..##..
.#..#.
.#..#.
..##..
"""
grid = parse(picture)  # ?rc grid
top = grid[0]  # ?rc top
n1 = fill_recursive(grid, 1, 2, ".", "o")
copy = [row[:] for row in grid]  # ?rc copy top
n2 = fill_stack(copy, (0, 0), ".", "~")
first_copy = copy[0]  # ?rc first_copy top
lines = ["".join(row) for row in copy]  # ?rc lines
shown = "\n".join(lines) + "\n"  # ?rc shown
del grid  # ?rc top
