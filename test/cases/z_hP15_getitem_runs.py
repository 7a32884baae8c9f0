# A grid's own __getitem__ called by `grid[i]` in a loop: 3.12+ specialize the subscript from its
# second run (BINARY_SUBSCR_GETITEM), the stack's references to the grid and the index becoming
# the method's arguments; 3.11 and first runs keep both on the caller's stack meanwhile.
class Row:
    def __init__(self, cells):
        self.cells = cells


class Grid:
    def __init__(self, rows):
        self.rows = [Row(r) for r in rows]

    def __getitem__(self, pos):
        me = self  # ?rc self
        at = pos  # ?rc pos
        r, c = pos
        return self.rows[r].cells[c]

    def __len__(self):
        return len(self.rows)


def diagonal(grid):
    total = 0
    for i in range(len(grid)):
        key = (i, i)
        total += grid[key]  # ?rc key
    return total


def main():
    g = Grid([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    d = diagonal(g)
    corner = (0, 2)
    c = g[corner]  # ?rc corner
    return d + c


main()
