# Theme: aliasing through containers. Lists of lists and dicts whose values
# are shared objects: every slot is one reference to the shared object.


class Cell:
    pass


row = [Cell(), Cell()]  # ?rc row
grid = [row, row, row]  # ?rc row grid
first = grid[0][0]  # ?rc first row
grid2 = [list(r) for r in grid]  # ?rc first row grid2
shared = Cell()  # ?rc shared
table = {"a b": shared, "c d": shared}  # ?rc shared table
table["e f"] = shared  # ?rc shared
copy = dict(table)  # ?rc shared copy
nested = {"k x": [shared, [shared]]}  # ?rc shared nested
inner = nested["k x"][1]  # ?rc inner shared
del table["a b"]  # ?rc shared
grid[1] = [shared]  # ?rc row shared
grid2.clear()  # ?rc first row
copy = None  # ?rc shared
deep = [[row] * 2] * 3  # ?rc row deep
pair = deep[0]  # ?rc pair row
deep = None  # ?rc pair row
lst = [shared] * 5  # ?rc shared lst
lst[2:4] = []  # ?rc shared
del nested  # ?rc shared inner
