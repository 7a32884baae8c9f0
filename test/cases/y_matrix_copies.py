# Theme: a matrix as a list of lists: shallow and deep copies, row slices,
# transposition with zip, the [[0]*n]*m aliasing trap, and a Matrix class.
import copy
import sys


def make(rows, cols, fill):
    return [[fill * (r + 1) for _ in range(cols)] for r in range(rows)]


grid = make(3, 3, 1.5)  # ?rc grid
row0 = grid[0]  # ?rc row0
shallow = grid[:]  # ?rc shallow row0
deep = copy.deepcopy(grid)  # ?rc deep row0
cell = grid[1][2]  # ?rc cell
transposed = [list(col) for col in zip(*grid)]  # ?rc transposed cell
trap = [[0.5] * 3] * 2  # ?rc trap
shared = trap[0]  # ?rc shared
trap[0][0] = 9.5  # ?rc shared
tail = grid[1:]  # ?rc tail row0
print(sys.getrefcount(row0), shared is trap[1])


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]  # ?rc rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def column(self, j):
        return [r[j] for r in self.rows]


m1 = Matrix(grid)  # ?rc m1 cell
m2 = Matrix(deep)  # ?rc m2
total = m1 + m2  # ?rc total m1
col = total.column(0)  # ?rc col
rows_view = total.rows  # ?rc rows_view
del total  # ?rc rows_view
del grid, shallow  # ?rc row0 cell
del transposed  # ?rc cell
del m1, tail  # ?rc row0 cell
