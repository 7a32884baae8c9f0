# Theme: containers of containers with del and slicing. A grid built with
# `[row] * n` repeats one row object; slicing the outer list copies only
# the outer level, and del removes one reference at a time.


class Cell:
    pass


c = Cell()  # ?rc c
row = [c, c]  # ?rc row c
grid = [row] * 3  # ?rc row grid
real = [list(row) for _ in range(3)]  # ?rc row c real
top = grid[:2]  # ?rc row top
del grid[0]  # ?rc row
del grid[:]  # ?rc row grid
first_real = real[0]  # ?rc first_real c
del real[1:]  # ?rc first_real c real
row.append(c)  # ?rc c
copy_of_top = top[:]  # ?rc row top copy_of_top
del top  # ?rc row copy_of_top
mixed = [row, first_real, row]  # ?rc row first_real
del mixed[::2]  # ?rc row first_real mixed
row = None  # ?rc c copy_of_top
del copy_of_top  # ?rc c
del real, first_real, mixed  # ?rc c
