# [obj] * 5 versus a comprehension, and the classic [[obj]] * 3 surprise:
# the repeated inner list is one object referenced three times.
import sys


class Seed:
    pass


s = Seed()
five = [s] * 5  # ?rc s
five_c = [s for _ in range(5)]  # ?rc s
grid = [[s]] * 3  # ?rc s
row = grid[0]  # ?rc row
row.append(s)  # ?rc s
print(sys.getrefcount(row))
grid_c = [[s] for _ in range(3)]  # ?rc s
row_c = grid_c[0]  # ?rc row_c
tup = (s,) * 4  # ?rc s
dbl = five * 2  # ?rc s
five *= 2  # ?rc s
print(sys.getrefcount(s))


def build(obj, n):
    made = [obj] * n  # ?rc obj
    made2 = [[obj] * n for _ in range(2)]  # ?rc obj
    return made2


kept = build(s, 3)  # ?rc s
inner = kept[1]  # ?rc inner
del kept  # ?rc inner s
del five, five_c, dbl  # ?rc s
del grid  # ?rc s row
del row  # ?rc s
zero = [s] * 0  # ?rc s
del grid_c, row_c, tup, inner, zero  # ?rc s
