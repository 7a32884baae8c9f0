# Theme: the classic `[[...]] * 3` trap. Multiplying a list of lists copies
# references to the same row; a comprehension builds separate rows. Rebinding
# a row through the grid versus mutating it in place.


class Cell:
    def __init__(self, value):
        self.value = value


blank = Cell(0.5)  # ?rc blank
row = [blank] * 3  # ?rc blank row
bad_grid = [row] * 3  # ?rc row bad_grid
good_grid = [[blank] * 3 for _ in range(3)]  # ?rc blank good_grid

bad_grid[0][1] = Cell(1.5)  # ?rc row
marked = bad_grid[2][1]  # ?rc marked -- the same object, seen through every row
print("bad grid rows share:", bad_grid[1][1] is marked)

first_row = good_grid[0]  # ?rc first_row
good_grid[0] = first_row[:]  # ?rc first_row -- the grid now holds a copy
first_row.append(marked)  # ?rc first_row marked


def reset(grid, filler):
    for r in grid:
        r[:] = [filler] * len(r)  # ?rc filler
    return grid


reset(good_grid, blank)  # ?rc blank
copy_rows = [r[:] for r in bad_grid]  # ?rc row copy_rows blank
bad_grid[1] = list(row)  # ?rc row
del bad_grid  # ?rc row marked
del row  # ?rc marked blank
print("cells in first copy:", len(copy_rows[0]))
