# Theme: aliasing through nested containers and function arguments: one row
# list shared by a grid, a helper that stashes its argument in a dict of
# lists via setdefault, and shallow versus deep copies.
import copy


class Cell:
    def __init__(self, value):
        self.value = value


def register(table, key, item):
    bucket = table.setdefault(key, [])  # ?rc bucket item
    bucket.append(item)  # ?rc item
    return bucket


c = Cell(1.5)  # ?rc c
row = [c, c, c]  # ?rc c row
grid = [row] * 3  # ?rc row
grid2 = [list(row) for _ in range(2)]  # ?rc c
shallow = copy.copy(grid)  # ?rc row
deep = copy.deepcopy(grid)  # ?rc row c
inner = deep[0]  # ?rc inner
table = {}
b1 = register(table, "slot one", c)  # ?rc c
b2 = register(table, "slot one", row)  # ?rc row b1
b3 = register(table, "slot two", c)  # ?rc c
del grid  # ?rc row shallow
shallow.clear()  # ?rc row
del b1, b2  # ?rc b3
table.clear()  # ?rc c b3
del deep  # ?rc inner
del grid2  # ?rc c
