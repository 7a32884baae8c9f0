# Theme: list operations and who holds the items. `*` repeats references
# (not copies), sort/reverse only move them, insert/extend add one per slot
# and slice assignment drops the replaced ones.
import sys


class Tile:
    def __init__(self, w):
        self.w = w


a, b = Tile(2.5), Tile(1.5)
row = [a] * 3  # ?rc a
grid = [row] * 2  # ?rc row
grid[0].append(b)  # ?rc b
row.insert(0, b)  # ?rc b
row.sort(key=lambda t: t.w)  # ?rc a b
row.reverse()  # ?rc a b
more = row.copy()  # ?rc a b
more[1:3] = [b]  # ?rc a b
more.extend(reversed(more))  # ?rc a b
del more[::2]  # ?rc a b
row *= 2  # ?rc a row
grid2 = [[a] for _ in range(3)]  # ?rc a
row.clear()  # ?rc a b
print(sys.getrefcount(a))
del grid, grid2  # ?rc a row
